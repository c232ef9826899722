#include "core/quality/trainingreport.h"

#include "core/quality/agreementunits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTextStream>
#include <algorithm>

namespace {

bool isReader(const QString &owner)
{
    return !owner.isEmpty() && !owner.startsWith(QLatin1Char('#'));
}

QList<Mention> claimed(const QList<Mention> &mentions)
{
    QList<Mention> kept;
    for (const Mention &m : mentions) {
        if (m.provenance.status != Status::Rejected)
            kept.append(m);
    }
    return kept;
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("-");
}

QString resultText(const AgreementResult &result)
{
    return result.ok() ? number(*result.value) : TrainingReport::tr("n/a (%1)").arg(result.error);
}

QJsonValue resultJson(const AgreementResult &result)
{
    QJsonObject object{{QStringLiteral("units"), result.units},
                       {QStringLiteral("coders"), result.coders}};
    if (result.ok()) {
        object.insert(QStringLiteral("value"), *result.value);
        object.insert(QStringLiteral("observed_disagreement"), result.observedDisagreement);
        object.insert(QStringLiteral("expected_disagreement"), result.expectedDisagreement);
    } else {
        object.insert(QStringLiteral("value"), QJsonValue::Null);
        object.insert(QStringLiteral("error"), result.error);
    }
    return object;
}

QJsonObject countsJson(const PrfCounts &counts)
{
    return {{QStringLiteral("tp"), counts.truePositives},
            {QStringLiteral("fp"), counts.falsePositives},
            {QStringLiteral("fn"), counts.falseNegatives},
            {QStringLiteral("precision"), counts.precision()},
            {QStringLiteral("recall"), counts.recall()},
            {QStringLiteral("f1"), counts.f1()}};
}

QJsonObject countsByKeyJson(const QMap<QString, PrfCounts> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), countsJson(it.value()));
    return object;
}

QJsonObject fieldsJson(const QMap<QString, TraineeScore::FieldAccuracy> &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), QJsonObject{{QStringLiteral("correct"), it->correct},
                                            {QStringLiteral("total"), it->total},
                                            {QStringLiteral("accuracy"), it->accuracy()}});
    return object;
}

// "1.000   0.500   0.667", or "-" when neither side has any.
QString prfText(const PrfCounts &counts)
{
    if (counts.truePositives + counts.falsePositives + counts.falseNegatives == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1  %2  %3")
        .arg(number(counts.precision()), -6)
        .arg(number(counts.recall()), -6)
        .arg(number(counts.f1()), -6);
}

QString fieldsText(const QMap<QString, TraineeScore::FieldAccuracy> &fields)
{
    QStringList parts;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        parts << QStringLiteral("%1 %2/%3 (%4)")
                     .arg(it.key())
                     .arg(it->correct)
                     .arg(it->total)
                     .arg(number(it->accuracy()));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

} // namespace

// Trainee -----------------------------------------------------------------------------------

TrainingReport::TraineeFigures TrainingReport::trainee(const ProjectStore &store,
                                                       const QString &annotator)
{
    TraineeFigures figures;
    figures.annotator = annotator;
    for (const ProjectStore::GoldMark &mark : store.goldMarks()) {
        if (mark.goldOwner == annotator || !store.hasSet(mark.articleId, annotator))
            continue;
        const std::optional<Document> gold = store.loadDocument(mark.articleId, mark.goldOwner);
        const std::optional<Document> read = store.loadDocument(mark.articleId, annotator);
        if (!gold || !read) {
            figures.problems << tr("Article %1 could not be read: %2")
                                    .arg(mark.articleId)
                                    .arg(store.lastError());
            continue;
        }
        DocumentScore document;
        document.articleId = mark.articleId;
        document.title = gold->article.title;
        document.goldOwner = mark.goldOwner;
        QString error;
        if (!document.score.add(*gold, *read, &error) || !figures.total.add(*gold, *read)) {
            figures.problems << tr("Article %1: %2").arg(mark.articleId).arg(error);
            continue;
        }
        figures.documents.append(document);
    }
    return figures;
}

QString TrainingReport::traineeText(const TraineeFigures &figures)
{
    QString text;
    QTextStream out(&text);
    const TraineeScore &total = figures.total;
    out << tr("Trainee %1: %n gold article(s)", nullptr, total.documents()).arg(figures.annotator)
        << '\n';
    for (const QString &problem : figures.problems)
        out << tr("  skipped: %1").arg(problem) << '\n';
    if (total.documents() == 0) {
        out << tr("Nothing to score: no gold article has a set of %1.").arg(figures.annotator)
            << '\n';
        return text;
    }

    out << '\n' << tr("Mentions") << '\n';
    const QString prfHeader = QStringLiteral("%1  %2  %3")
                                  .arg(tr("P"), -6)
                                  .arg(tr("R"), -6)
                                  .arg(tr("F1"), -6);
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(QString(), -14)
               .arg(tr("strict"), -22)
               .arg(tr("lenient"), -22);
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(tr("type"), -14)
               .arg(prfHeader, -22)
               .arg(prfHeader, -22)
               .arg(tr("gold"), 5)
               .arg(tr("trainee"), 8);
    QStringList types = total.strictByType().keys();
    for (const QString &type : total.lenientByType().keys()) {
        if (!types.contains(type))
            types << type;
    }
    std::sort(types.begin(), types.end());
    auto row = [&](const QString &label, const PrfCounts &strict, const PrfCounts &lenient) {
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(label, -14)
                   .arg(prfText(strict), -22)
                   .arg(prfText(lenient), -22)
                   .arg(strict.truePositives + strict.falseNegatives, 5)
                   .arg(strict.truePositives + strict.falsePositives, 8);
    };
    for (const QString &type : std::as_const(types))
        row(type, total.strictByType().value(type), total.lenientByType().value(type));
    row(tr("all"), total.strictTotal(), total.lenientTotal());

    out << '\n';
    out << tr("Affiliations      P/R/F1 %1  fields: %2")
               .arg(prfText(total.affiliations()), fieldsText(total.affiliationFields()))
        << '\n';
    out << tr("Casualty figures  P/R/F1 %1  fields: %2")
               .arg(prfText(total.casualties()), fieldsText(total.casualtyFields()))
        << '\n';
    out << tr("Events            P/R/F1 %1  fields: %2")
               .arg(prfText(total.events()), fieldsText(total.eventFields()))
        << '\n';

    out << '\n' << tr("Per article (mentions)") << '\n';
    for (const DocumentScore &document : figures.documents) {
        out << tr("  %1 %2 strict F1 %3  lenient F1 %4  disagreements %5  gold: %6")
                   .arg(document.articleId, 4)
                   .arg(document.title.left(40), -40)
                   .arg(number(document.score.strictTotal().f1()))
                   .arg(number(document.score.lenientTotal().f1()))
                   .arg(document.score.disagreements().size())
                   .arg(document.goldOwner.isEmpty() ? tr("shared set") : document.goldOwner)
            << '\n';
    }

    const ConfusionMatrix &confusion = total.confusion();
    const QStringList labels = confusion.labels();
    out << '\n' << tr("Confusion matrix (rows gold, columns trainee)") << '\n';
    out << QStringLiteral("  %1").arg(QString(), -14);
    for (const QString &label : labels)
        out << QStringLiteral(" %1").arg(label.left(12), 12);
    out << '\n';
    for (const QString &gold : labels) {
        out << QStringLiteral("  %1").arg(gold, -14);
        for (const QString &other : labels)
            out << QStringLiteral(" %1").arg(confusion.count(gold, other), 12);
        out << '\n';
    }

    out << '\n' << tr("Disagreements (article [code points] kind: explanation (rule))") << '\n';
    for (const DocumentScore &document : figures.documents) {
        for (const Disagreement &d : document.score.disagreements()) {
            out << QStringLiteral("  %1 [%2-%3] %4 %5: %6 (%7)")
                       .arg(document.articleId)
                       .arg(d.start)
                       .arg(d.end)
                       .arg(toString(d.kind), d.annotation, d.explanation, d.ruleId)
                << '\n';
        }
    }
    return text;
}

QJsonObject TrainingReport::traineeJson(const TraineeFigures &figures, bool withDisagreements)
{
    const TraineeScore &total = figures.total;
    QJsonObject confusion;
    for (const QString &gold : total.confusion().labels()) {
        QJsonObject row;
        for (const QString &other : total.confusion().labels()) {
            if (const int count = total.confusion().count(gold, other))
                row.insert(other, count);
        }
        confusion.insert(gold, row);
    }
    QJsonArray documents;
    for (const DocumentScore &document : figures.documents) {
        documents.append(QJsonObject{
            {QStringLiteral("article_id"), document.articleId},
            {QStringLiteral("title"), document.title},
            {QStringLiteral("gold_set"), document.goldOwner},
            {QStringLiteral("strict"), countsJson(document.score.strictTotal())},
            {QStringLiteral("lenient"), countsJson(document.score.lenientTotal())},
            {QStringLiteral("disagreements"), int(document.score.disagreements().size())}});
    }
    QJsonObject object{
        {QStringLiteral("annotator"), figures.annotator},
        {QStringLiteral("documents"), total.documents()},
        {QStringLiteral("strict_by_type"), countsByKeyJson(total.strictByType())},
        {QStringLiteral("lenient_by_type"), countsByKeyJson(total.lenientByType())},
        {QStringLiteral("strict"), countsJson(total.strictTotal())},
        {QStringLiteral("lenient"), countsJson(total.lenientTotal())},
        {QStringLiteral("affiliations"),
         QJsonObject{{QStringLiteral("counts"), countsJson(total.affiliations())},
                     {QStringLiteral("fields"), fieldsJson(total.affiliationFields())}}},
        {QStringLiteral("casualties"),
         QJsonObject{{QStringLiteral("counts"), countsJson(total.casualties())},
                     {QStringLiteral("fields"), fieldsJson(total.casualtyFields())}}},
        {QStringLiteral("events"),
         QJsonObject{{QStringLiteral("counts"), countsJson(total.events())},
                     {QStringLiteral("fields"), fieldsJson(total.eventFields())}}},
        {QStringLiteral("confusion"), confusion},
        {QStringLiteral("per_article"), documents},
        {QStringLiteral("problems"), QJsonArray::fromStringList(figures.problems)}};
    if (withDisagreements) {
        QJsonArray list;
        for (const DocumentScore &document : figures.documents) {
            for (const Disagreement &d : document.score.disagreements()) {
                list.append(QJsonObject{{QStringLiteral("article_id"), document.articleId},
                                        {QStringLiteral("kind"), toString(d.kind)},
                                        {QStringLiteral("annotation"), d.annotation},
                                        {QStringLiteral("field"), d.field},
                                        {QStringLiteral("document"), d.documentId},
                                        {QStringLiteral("start"), d.start},
                                        {QStringLiteral("end"), d.end},
                                        {QStringLiteral("gold"), d.goldValue},
                                        {QStringLiteral("trainee"), d.traineeValue},
                                        {QStringLiteral("explanation"), d.explanation},
                                        {QStringLiteral("rule"), d.ruleId}});
            }
        }
        object.insert(QStringLiteral("disagreements"), list);
    }
    return object;
}

ProjectStore::ScoreRecord TrainingReport::scoreRecord(const TraineeFigures &figures)
{
    ProjectStore::ScoreRecord record;
    record.annotator = figures.annotator;
    record.documents = figures.total.documents();
    record.strictF1 = figures.total.strictTotal().f1();
    record.lenientF1 = figures.total.lenientTotal().f1();
    record.figures = QString::fromUtf8(
        QJsonDocument(traineeJson(figures, false)).toJson(QJsonDocument::Compact));
    return record;
}

// Agreement ---------------------------------------------------------------------------------

QList<AnnotatorMentions> TrainingReport::readings(const ProjectStore &store)
{
    QList<AnnotatorMentions> result;
    QMap<qint64, QStringList> owners;
    for (const ProjectStore::AnnotationSet &set : store.sets()) {
        if (isReader(set.owner))
            owners[set.articleId] << set.owner;
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        AnnotatorMentions article;
        for (const QString &owner : it.value()) {
            const std::optional<Document> document = store.loadDocument(it.key(), owner);
            if (!document)
                continue;
            article.documentId = QString::number(it.key());
            article.byAnnotator.insert(owner, claimed(document->mentions));
        }
        if (!article.byAnnotator.isEmpty())
            result.append(article);
    }
    return result;
}

const TrainingReport::PairFigures *
TrainingReport::AgreementFigures::pair(const QString &a, const QString &b) const
{
    for (const PairFigures &p : pairs) {
        if ((p.first == a && p.second == b) || (p.first == b && p.second == a))
            return &p;
    }
    return nullptr;
}

AgreementResult TrainingReport::casualtyAlpha(const QList<QMap<QString, Document>> &documents,
                                              const QStringList &readers)
{
    QList<QList<std::optional<double>>> byCoder(readers.size());
    for (const QMap<QString, Document> &article : documents) {
        struct Figure
        {
            int reader;
            const CasualtyFigure *figure;
        };
        QList<Figure> figures;
        for (qsizetype r = 0; r < readers.size(); ++r) {
            const auto it = article.constFind(readers[r]);
            if (it == article.cend())
                continue;
            for (const CasualtyFigure &figure : it->casualties) {
                if (figure.provenance.status != Status::Rejected)
                    figures.append({int(r), &figure});
            }
        }
        std::stable_sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) {
            return a.figure->start < b.figure->start;
        });
        qsizetype i = 0;
        while (i < figures.size()) {
            int end = figures[i].figure->end;
            qsizetype j = i + 1;
            while (j < figures.size() && figures[j].figure->start < end) {
                end = std::max(end, figures[j].figure->end);
                ++j;
            }
            QList<std::optional<double>> values(readers.size());
            QList<int> longest(readers.size(), -1);
            for (qsizetype k = i; k < j; ++k) {
                const CasualtyFigure &figure = *figures[k].figure;
                const int reader = figures[k].reader;
                if (figure.end - figure.start > longest[reader]) {
                    longest[reader] = figure.end - figure.start;
                    values[reader] = figure.best ? std::optional<double>(double(*figure.best))
                                                 : std::nullopt;
                }
            }
            for (qsizetype r = 0; r < readers.size(); ++r)
                byCoder[r].append(values[r]);
            i = j;
        }
    }
    return KrippendorffAlpha::interval(byCoder);
}

TrainingReport::AgreementFigures TrainingReport::agreement(const ProjectStore &store,
                                                           SpanMatch units)
{
    AgreementFigures figures;
    figures.units = units;
    QMap<qint64, QStringList> owners;
    QSet<QString> names;
    for (const ProjectStore::AnnotationSet &set : store.sets()) {
        if (!isReader(set.owner))
            continue;
        owners[set.articleId] << set.owner;
        names.insert(set.owner);
    }
    figures.annotators = QStringList(names.cbegin(), names.cend());
    figures.annotators.sort();
    const QStringList &coders = figures.annotators;

    QList<AnnotatorMentions> articles;
    QList<QMap<QString, Document>> documents;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        AnnotatorMentions article;
        QMap<QString, Document> loaded;
        for (const QString &owner : it.value()) {
            std::optional<Document> document = store.loadDocument(it.key(), owner);
            if (!document)
                continue;
            article.documentId = QString::number(it.key());
            article.byAnnotator.insert(owner, claimed(document->mentions));
            loaded.insert(owner, std::move(*document));
        }
        if (article.byAnnotator.size() >= 2)
            ++figures.articles;
        articles.append(article);
        documents.append(loaded);
    }

    AgreementUnits all(coders, units);
    AgreementUnits complete(coders, units);
    for (const AnnotatorMentions &article : std::as_const(articles)) {
        all.add(article);
        if (article.byAnnotator.size() == coders.size()) {
            complete.add(article);
            ++figures.fleissArticles;
        }
    }
    figures.alphaLabels = KrippendorffAlpha::nominal(all.byCoder());
    figures.fleiss = FleissKappa::compute(complete.byCoder());
    figures.alphaCasualties = casualtyAlpha(documents, coders);

    for (qsizetype a = 0; a < coders.size(); ++a) {
        for (qsizetype b = a + 1; b < coders.size(); ++b) {
            PairFigures pair;
            pair.first = coders[a];
            pair.second = coders[b];
            AgreementUnits two({pair.first, pair.second}, units);
            SpanAgreement strict(SpanMatch::Strict);
            SpanAgreement lenient(SpanMatch::Lenient);
            for (const AnnotatorMentions &article : std::as_const(articles)) {
                const auto first = article.byAnnotator.constFind(pair.first);
                const auto second = article.byAnnotator.constFind(pair.second);
                if (first == article.byAnnotator.cend() || second == article.byAnnotator.cend())
                    continue;
                ++pair.articles;
                two.add(article);
                strict.add(article.documentId, *first, *second);
                lenient.add(article.documentId, *first, *second);
                figures.strictSpans.add(article.documentId, *first, *second);
                figures.lenientSpans.add(article.documentId, *first, *second);
            }
            if (pair.articles == 0)
                continue;
            pair.cohen = CohenKappa::compute(two.labelsOf(pair.first), two.labelsOf(pair.second));
            pair.strictSpans = strict.total();
            pair.lenientSpans = lenient.total();
            figures.pairs.append(pair);
        }
    }
    return figures;
}

QString TrainingReport::agreementText(const AgreementFigures &figures)
{
    QString text;
    QTextStream out(&text);
    const QString unitName = figures.units == SpanMatch::Strict ? tr("strict spans")
                                                                 : tr("overlapping spans");
    out << tr("Agreement between %n annotator(s) on %1 article(s) read by two or more",
              nullptr, int(figures.annotators.size()))
               .arg(figures.articles)
        << '\n';
    out << tr("Annotators: %1").arg(figures.annotators.join(QStringLiteral(", "))) << '\n';
    if (figures.annotators.size() < 2) {
        out << tr("Agreement needs at least two annotators with sets.") << '\n';
        return text;
    }
    out << tr("Entity labels, units: %1").arg(unitName) << '\n';
    out << tr("  Fleiss' kappa (%1 article(s) read by all):  %2")
               .arg(figures.fleissArticles)
               .arg(resultText(figures.fleiss))
        << '\n';
    out << tr("  Krippendorff's alpha, nominal:             %1").arg(resultText(figures.alphaLabels))
        << '\n';
    out << tr("Casualty figures (best value):") << '\n';
    out << tr("  Krippendorff's alpha, interval:            %1")
               .arg(resultText(figures.alphaCasualties))
        << '\n';

    out << '\n' << tr("Pairs") << '\n';
    for (const PairFigures &pair : figures.pairs) {
        out << tr("  %1 / %2: %3 article(s), Cohen's kappa %4, span F1 strict %5, lenient %6")
                   .arg(pair.first, pair.second)
                   .arg(pair.articles)
                   .arg(resultText(pair.cohen))
                   .arg(number(pair.strictSpans.f1()))
                   .arg(number(pair.lenientSpans.f1()))
            << '\n';
    }

    out << '\n' << tr("Span F1 matrix (strict)") << '\n';
    out << QStringLiteral("  %1").arg(QString(), -14);
    for (const QString &name : figures.annotators)
        out << QStringLiteral(" %1").arg(name.left(10), 10);
    out << '\n';
    for (const QString &a : figures.annotators) {
        out << QStringLiteral("  %1").arg(a.left(14), -14);
        for (const QString &b : figures.annotators) {
            std::optional<double> f1;
            if (a == b)
                f1 = 1.0;
            else if (const PairFigures *pair = figures.pair(a, b))
                f1 = pair->strictSpans.f1();
            out << QStringLiteral(" %1").arg(optionalNumber(f1), 10);
        }
        out << '\n';
    }

    out << '\n' << tr("Span F1 per type (every pair pooled)   strict   lenient") << '\n';
    const QMap<QString, PrfCounts> strictTypes = figures.strictSpans.byType();
    const QMap<QString, PrfCounts> lenientTypes = figures.lenientSpans.byType();
    QStringList types = strictTypes.keys();
    for (const QString &type : lenientTypes.keys()) {
        if (!types.contains(type))
            types << type;
    }
    std::sort(types.begin(), types.end());
    for (const QString &type : std::as_const(types))
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(type, -36)
                   .arg(number(strictTypes.value(type).f1()), 8)
                   .arg(number(lenientTypes.value(type).f1()), 9);
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(tr("all"), -36)
               .arg(number(figures.strictSpans.total().f1()), 8)
               .arg(number(figures.lenientSpans.total().f1()), 9);

    out << '\n' << tr("Span F1 per article id (every pair pooled)") << '\n';
    const QMap<QString, PrfCounts> strictDocuments = figures.strictSpans.byDocument();
    const QMap<QString, PrfCounts> lenientDocuments = figures.lenientSpans.byDocument();
    for (auto it = strictDocuments.cbegin(); it != strictDocuments.cend(); ++it)
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(it.key().left(36), -36)
                   .arg(number(it->f1()), 8)
                   .arg(number(lenientDocuments.value(it.key()).f1()), 9);
    return text;
}

QJsonObject TrainingReport::agreementJson(const AgreementFigures &figures)
{
    QJsonArray pairs;
    for (const PairFigures &pair : figures.pairs) {
        pairs.append(QJsonObject{{QStringLiteral("first"), pair.first},
                                 {QStringLiteral("second"), pair.second},
                                 {QStringLiteral("articles"), pair.articles},
                                 {QStringLiteral("cohen_kappa"), resultJson(pair.cohen)},
                                 {QStringLiteral("span_strict"), countsJson(pair.strictSpans)},
                                 {QStringLiteral("span_lenient"), countsJson(pair.lenientSpans)}});
    }
    return QJsonObject{
        {QStringLiteral("units"), figures.units == SpanMatch::Strict ? QStringLiteral("strict")
                                                                     : QStringLiteral("lenient")},
        {QStringLiteral("annotators"), QJsonArray::fromStringList(figures.annotators)},
        {QStringLiteral("articles"), figures.articles},
        {QStringLiteral("fleiss_kappa"), resultJson(figures.fleiss)},
        {QStringLiteral("fleiss_articles"), figures.fleissArticles},
        {QStringLiteral("alpha_labels_nominal"), resultJson(figures.alphaLabels)},
        {QStringLiteral("alpha_casualties_interval"), resultJson(figures.alphaCasualties)},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("span_strict_by_type"), countsByKeyJson(figures.strictSpans.byType())},
        {QStringLiteral("span_lenient_by_type"), countsByKeyJson(figures.lenientSpans.byType())},
        {QStringLiteral("span_strict_by_article"),
         countsByKeyJson(figures.strictSpans.byDocument())},
        {QStringLiteral("span_lenient_by_article"),
         countsByKeyJson(figures.lenientSpans.byDocument())}};
}
