#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace baton::test {

// The English texts of a .ts file that its language translates differently,
// as patterns (placeholders match anything), and every translation, so a
// text on screen can be told to be English.
struct UntranslatedCheck {
    QList<QRegularExpression> english;
    QSet<QString> translations;

    static UntranslatedCheck fromTsFile(const QString& path, QString* error);
    // The texts of `texts` that read as one of the English sources.
    QStringList englishTexts(const QStringList& texts) const;
};

// Every text a user sees or hears on `root` and its visible children: labels,
// buttons, placeholders, combo box items, tab titles, menu and action texts,
// tool tips and accessible names.
QStringList visibleTexts(QWidget* root);

} // namespace baton::test
