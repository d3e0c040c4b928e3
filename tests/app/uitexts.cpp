#include "uitexts.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace baton::test {

namespace {

// Letters outside placeholders: "%1 min" has too few to tell a language.
int literalLetters(const QString& source)
{
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    QString rest = source;
    rest.remove(placeholder);
    return static_cast<int>(
        std::count_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); }));
}

QRegularExpression patternFor(const QString& source)
{
    QString pattern = QRegularExpression::escape(source);
    static const QRegularExpression placeholder(u"\\\\%(\\d+|n)"_s);
    pattern.replace(placeholder, u".*"_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

UntranslatedCheck UntranslatedCheck::fromTsFile(const QString& path, QString* error)
{
    UntranslatedCheck out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && !numerus) {
            const QString translation = xml.readElementText();
            out.translations.insert(translation);
            if (translation != source && literalLetters(source) >= 3)
                out.english.append(patternFor(source));
        } else if (xml.name() == u"numerusform") {
            out.translations.insert(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList UntranslatedCheck::englishTexts(const QStringList& texts) const
{
    QStringList out;
    for (const QString& text : texts) {
        if (text.isEmpty() || translations.contains(text))
            continue;
        for (const QRegularExpression& pattern : english) {
            if (pattern.match(text).hasMatch()) {
                out.append(text + u"  [" + pattern.pattern() + u']');
                break;
            }
        }
    }
    out.removeDuplicates();
    return out;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    const auto addWidget = [&out](QWidget* w) {
        if (auto* label = qobject_cast<QLabel*>(w))
            out << plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text();
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            out << line->placeholderText();
        else if (auto* plainEdit = qobject_cast<QPlainTextEdit*>(w))
            out << plainEdit->placeholderText();
        else if (auto* edit = qobject_cast<QTextEdit*>(w))
            out << edit->placeholderText();
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            out << group->title();
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto* menu = qobject_cast<QMenu*>(w))
            out << menu->title();
        out << w->accessibleName() << w->accessibleDescription() << plain(w->toolTip());
    };
    addWidget(root);
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->isVisibleTo(root) || qobject_cast<QMenu*>(w))
            addWidget(w);
    }
    const auto actions = root->findChildren<QAction*>();
    for (QAction* action : actions)
        out << action->text() << action->toolTip() << action->statusTip();
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

} // namespace baton::test
