#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace baton::app {

// Light or dark colours (docs/app.md, "Theme"). "System" keeps what the
// platform gave at start; Light and Dark use the Fusion style with a fixed
// palette, for desktops that say nothing (a bare X session, Xvfb).
enum class Theme { System, Light, Dark };

// "system" / "" , "light", "dark" (case-insensitive); nullopt otherwise.
std::optional<Theme> parseTheme(const QString& text);

// Switches the application's style and palette. Made once the QApplication
// exists; remembers the platform's own style and palette for System.
class ThemeSwitcher {
public:
    ThemeSwitcher();

    void apply(Theme theme);
    Theme current() const { return current_; }

    static QPalette darkPalette();

private:
    QString systemStyle_;
    QPalette systemPalette_;
    Theme current_ = Theme::System;
};

} // namespace baton::app
