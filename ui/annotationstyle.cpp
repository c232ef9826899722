#include "ui/annotationstyle.h"

#include "core/review/vocabularylabels.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
const EntityType allTypes[] = {EntityType::ArmedGroup, EntityType::StateForce, EntityType::State,
                               EntityType::Person,     EntityType::Location,   EntityType::Date,
                               EntityType::Source};
} // namespace

QColor AnnotationStyle::color(EntityType type)
{
    switch (type) {
    case EntityType::ArmedGroup:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case EntityType::StateForce:
        return QColor(0x00, 0x72, 0xB2); // blue
    case EntityType::State:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case EntityType::Person:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case EntityType::Location:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case EntityType::Date:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case EntityType::Source:
        return QColor(0x99, 0x99, 0x99); // grey
    }
    return Qt::gray;
}

QColor AnnotationStyle::color(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Casualty:
        return QColor(0xC0, 0x00, 0x30);
    case AnnotationKind::Affiliation:
        return QColor(0x80, 0x60, 0xC0);
    case AnnotationKind::Event:
        return QColor(0xF0, 0xE4, 0x42);
    case AnnotationKind::Mention:
        break;
    }
    return Qt::gray;
}

QTextCharFormat::UnderlineStyle AnnotationStyle::underline(EntityType type)
{
    switch (type) {
    case EntityType::ArmedGroup:
        return QTextCharFormat::SingleUnderline;
    case EntityType::StateForce:
        return QTextCharFormat::DashUnderline;
    case EntityType::State:
        return QTextCharFormat::DashDotLine;
    case EntityType::Person:
        return QTextCharFormat::DotLine;
    case EntityType::Location:
        return QTextCharFormat::WaveUnderline;
    case EntityType::Date:
        return QTextCharFormat::DashDotDotLine;
    case EntityType::Source:
        return QTextCharFormat::DotLine;
    }
    return QTextCharFormat::SingleUnderline;
}

QString AnnotationStyle::underlineName(EntityType type)
{
    switch (underline(type)) {
    case QTextCharFormat::SingleUnderline:
        return tr("solid line");
    case QTextCharFormat::DashUnderline:
        return tr("dashes");
    case QTextCharFormat::DashDotLine:
        return tr("dash-dot");
    case QTextCharFormat::DotLine:
        return type == EntityType::Source ? tr("dots, italic") : tr("dots");
    case QTextCharFormat::WaveUnderline:
        return tr("wave");
    case QTextCharFormat::DashDotDotLine:
        return tr("dash-dot-dot");
    default:
        return {};
    }
}

void AnnotationStyle::applyStatus(QTextCharFormat &format, const QColor &color, Status status)
{
    switch (status) {
    case Status::Proposed:
        // Outline only: the analyst has not decided yet.
        break;
    case Status::Confirmed:
    case Status::Corrected:
    case Status::Manual: {
        QColor tint = color;
        tint.setAlpha(90);
        format.setBackground(tint);
        break;
    }
    case Status::Rejected:
        format.setUnderlineStyle(QTextCharFormat::NoUnderline);
        format.setFontStrikeOut(true);
        format.setForeground(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        break;
    }
}

QTextCharFormat AnnotationStyle::mentionFormat(EntityType type, Status status)
{
    QTextCharFormat format;
    format.setUnderlineStyle(underline(type));
    format.setUnderlineColor(color(type));
    if (type == EntityType::Source)
        format.setFontItalic(true);
    applyStatus(format, color(type), status);
    return format;
}

QTextCharFormat AnnotationStyle::casualtyFormat(Status status)
{
    // Figures are bold with a wave in their own colour; mentions inside them keep theirs.
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(color(AnnotationKind::Casualty));
    applyStatus(format, color(AnnotationKind::Casualty), status);
    if (status == Status::Rejected)
        format.setFontWeight(QFont::Normal);
    return format;
}

QTextCharFormat AnnotationStyle::affiliationFormat(Status status)
{
    // An affiliation's stating span is overlined, so it does not hide the mentions in it.
    QTextCharFormat format;
    format.setFontOverline(status != Status::Rejected);
    if (status == Status::Confirmed || status == Status::Corrected || status == Status::Manual)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

QString AnnotationStyle::legendHtml()
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    const auto row = [&html](const QColor &c, const QString &name, const QString &look) {
        html += QStringLiteral("<tr><td style='background:%1'>&nbsp;&nbsp;&nbsp;</td>"
                               "<td>&nbsp;%2</td><td>&nbsp;%3</td></tr>")
                    .arg(c.name(), name.toHtmlEscaped(), look.toHtmlEscaped());
    };
    int key = 1;
    for (EntityType type : allTypes)
        row(color(type), tr("%1 (key %2)").arg(VocabularyLabels::label(type)).arg(key++),
            underlineName(type));
    row(color(AnnotationKind::Casualty), tr("Casualty figure"), tr("bold, wave"));
    row(color(AnnotationKind::Affiliation), tr("Affiliation"), tr("overline"));
    html += QStringLiteral("</table><p>")
        + tr("Proposed: underline only. Accepted: filled. Rejected: struck out. "
             "Grey text is page noise.").toHtmlEscaped()
        + QStringLiteral("</p>");
    return html;
}
