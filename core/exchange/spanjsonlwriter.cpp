#include "core/exchange/spanjsonlwriter.h"

#include "core/exchange/exchangeids.h"
#include "core/exchange/lossreport.h"
#include "core/exchange/standofftext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

struct Span
{
    int start;
    int end;
    QString label;
    QString id;
};

} // namespace

SpanJsonlWriter::SpanJsonlWriter(Variant variant)
    : m_variant(variant)
{
}

QByteArray SpanJsonlWriter::line(const Document &document, Variant variant, LossReport &loss)
{
    const QString uid = document.article.uid;
    const StandoffText text(document.article.text, StandoffText::LineEnds::Keep);
    QList<Span> spans;
    QStringList details;
    for (const Mention &m : document.mentions) {
        const QString id = ExchangeIds::mention(m.id);
        if (m.provenance.status == Status::Rejected) {
            loss.add(uid, id, tr("rejected annotation (no label)"), m.text);
            continue;
        }
        spans.append({text.toOutput(m.start), text.toOutput(m.end), toString(m.type), id});
        details << id;
    }
    for (const CasualtyFigure &c : document.casualties) {
        const QString id = ExchangeIds::casualty(c.id);
        if (c.provenance.status == Status::Rejected) {
            loss.add(uid, id, tr("rejected annotation (no label)"), c.text);
            continue;
        }
        spans.append({text.toOutput(c.start), text.toOutput(c.end), casualtyLabel(), id});
        details << id;
    }
    if (!details.isEmpty())
        loss.add(uid, details.join(QLatin1Char(' ')), tr("annotation details"),
                 tr("only span and label are carried: status, provenance, canonical names, "
                    "knowledge-base ids and casualty numbers are not"));
    QStringList other;
    for (const Affiliation &a : document.affiliations)
        other << ExchangeIds::affiliation(a.id);
    for (const Event &e : document.events)
        other << ExchangeIds::event(e.id);
    if (!other.isEmpty())
        loss.add(uid, other.join(QLatin1Char(' ')), tr("affiliations and events"),
                 tr("not in this format"));
    loss.add(uid, QString(), tr("article metadata"),
             tr("title, source, dates and segments are not in this format"));

    // spaCy: mentions are placed before figures (a figure's span usually holds a mention),
    // longer before shorter; a span that overlaps one placed is left out.
    if (variant == Variant::Spacy) {
        std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            const bool figureA = a.label == casualtyLabel();
            const bool figureB = b.label == casualtyLabel();
            if (figureA != figureB)
                return figureB;
            return a.end - a.start > b.end - b.start;
        });
        QList<Span> placed;
        for (const Span &span : std::as_const(spans)) {
            const auto clash = std::find_if(placed.cbegin(), placed.cend(), [&](const Span &p) {
                return span.start < p.end && p.start < span.end;
            });
            if (clash != placed.cend()) {
                loss.add(uid, span.id, tr("overlapping span"),
                         tr("spaCy entities cannot overlap; %1 at %2-%3 overlaps %4 and was left "
                            "out")
                             .arg(span.label)
                             .arg(span.start)
                             .arg(span.end)
                             .arg(clash->id));
                continue;
            }
            placed.append(span);
        }
        spans = placed;
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QJsonArray labels;
    for (const Span &span : std::as_const(spans))
        labels.append(QJsonArray{span.start, span.end, span.label});
    QJsonObject object{{QStringLiteral("text"), text.text()}};
    if (variant == Variant::Doccano) {
        object.insert(QStringLiteral("id"), double(document.article.id));
        object.insert(QStringLiteral("label"), labels);
    } else {
        object.insert(QStringLiteral("entities"), labels);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool SpanJsonlWriter::begin(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    return true;
}

bool SpanJsonlWriter::write(const DatasetItem &item, LossReport &loss, QString *error)
{
    const QByteArray bytes = line(item.document, m_variant, loss) + '\n';
    if (m_file.write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

bool SpanJsonlWriter::finish(LossReport &, QString *error)
{
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}
