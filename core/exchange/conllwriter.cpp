#include "core/exchange/conllwriter.h"

#include "core/exchange/exchangeids.h"
#include "core/exchange/lossreport.h"

#include <QDir>

#include <algorithm>

ConllWriter::ConllWriter(TagScheme scheme)
    : m_scheme(scheme)
{
}

QString ConllWriter::block(const Document &document, TagScheme scheme, LossReport &loss)
{
    const QString uid = document.article.uid;
    // The entities to tag: no rejected ones, no overlaps (the longer, then the earlier wins).
    QList<const Mention *> mentions;
    for (const Mention &m : document.mentions) {
        if (m.provenance.status == Status::Rejected)
            loss.add(uid, ExchangeIds::mention(m.id), tr("rejected annotation (no label)"), m.text);
        else if (m.end > m.start)
            mentions.append(&m);
    }
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention *a, const Mention *b) {
        const int lengthA = a->end - a->start;
        const int lengthB = b->end - b->start;
        return lengthA != lengthB ? lengthA > lengthB : a->start < b->start;
    });
    QList<const Mention *> tagged;
    for (const Mention *m : std::as_const(mentions)) {
        const Mention *clash = nullptr;
        for (const Mention *kept : std::as_const(tagged)) {
            if (m->start < kept->end && kept->start < m->end)
                clash = kept;
        }
        if (clash) {
            loss.add(uid, ExchangeIds::mention(m->id), tr("overlapping or nested span"),
                     tr("%1 \"%2\" overlaps %3 \"%4\", which was tagged")
                         .arg(toString(m->type), m->text, ExchangeIds::mention(clash->id),
                              clash->text));
            continue;
        }
        tagged.append(m);
    }
    std::sort(tagged.begin(), tagged.end(),
              [](const Mention *a, const Mention *b) { return a->start < b->start; });

    QList<int> boundaries;
    for (const Mention *m : std::as_const(tagged))
        boundaries << m->start << m->end;
    const QList<ConllTokenizer::Token> tokens = ConllTokenizer::tokens(document.article.text,
                                                                       boundaries);
    QStringList tags(tokens.size(), QStringLiteral("O"));
    int t = 0;
    const Mention *previous = nullptr;
    int previousLast = -2;
    for (const Mention *m : std::as_const(tagged)) {
        while (t < tokens.size() && tokens.at(t).end <= m->start)
            ++t;
        int last = t;
        while (last < tokens.size() && tokens.at(last).start < m->end)
            ++last;
        --last;
        if (last < t) {
            loss.add(uid, ExchangeIds::mention(m->id), tr("span without a token"),
                     tr("\"%1\" holds no token").arg(m->text));
            continue;
        }
        const QString type = toString(m->type);
        for (int k = t; k <= last; ++k) {
            QString prefix = QStringLiteral("I-");
            switch (scheme) {
            case TagScheme::Iob2:
                if (k == t)
                    prefix = QStringLiteral("B-");
                break;
            case TagScheme::Iob1:
                if (k == t && previous && previousLast == t - 1 && previous->type == m->type)
                    prefix = QStringLiteral("B-");
                break;
            case TagScheme::Bioes:
                if (t == last)
                    prefix = QStringLiteral("S-");
                else if (k == t)
                    prefix = QStringLiteral("B-");
                else if (k == last)
                    prefix = QStringLiteral("E-");
                break;
            }
            tags[k] = prefix + type;
        }
        previous = m;
        previousLast = last;
        t = last + 1;
    }

    QStringList others;
    for (const CasualtyFigure &c : document.casualties)
        others << ExchangeIds::casualty(c.id);
    for (const Affiliation &a : document.affiliations)
        others << ExchangeIds::affiliation(a.id);
    for (const Event &e : document.events)
        others << ExchangeIds::event(e.id);
    if (!others.isEmpty())
        loss.add(uid, others.join(QLatin1Char(' ')), tr("figures, affiliations and events"),
                 tr("not in this format"));
    if (!tagged.isEmpty())
        loss.add(uid, QString(), tr("annotation details"),
                 tr("only the type and tokens of %n mention(s) are carried: status, provenance, "
                    "canonical names and knowledge-base ids are not",
                    nullptr, int(tagged.size())));
    loss.add(uid, QString(), tr("article text and metadata"),
             tr("white space, title, source, dates and segments are not in this format"));

    QString block = QStringLiteral("-DOCSTART- O\n\n");
    for (int k = 0; k < tokens.size(); ++k) {
        block += tokens.at(k).text + QLatin1Char(' ') + tags.at(k) + QLatin1Char('\n');
        if (tokens.at(k).sentenceEnd)
            block += QLatin1Char('\n');
    }
    return block;
}

bool ConllWriter::begin(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    return true;
}

bool ConllWriter::write(const DatasetItem &item, LossReport &loss, QString *error)
{
    const QByteArray bytes = block(item.document, m_scheme, loss).toUtf8();
    if (m_file.write(bytes) != bytes.size()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

bool ConllWriter::finish(LossReport &, QString *error)
{
    if (!m_file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}
