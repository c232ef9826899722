// ProjectStore: annotators, their independent annotation sets, gold marks and trainee scores
// (the training block of projectstore.h).

#include "core/store/annotationrows.h"
#include "core/store/projectstoreprivate.h"

namespace {

const QString confirmedHow = QStringLiteral("confirmed");
const QString curatedHow = QStringLiteral("curated");
const QString setKind = QStringLiteral("annotation_set");
const QString goldKind = QStringLiteral("gold");

// Writes the owner of a row that insertRow() has just written with the default ('').
template<typename T, typename Db>
bool setOwner(const Db &d, qint64 id, const QString &owner)
{
    QSqlQuery query(d.db);
    if (!d.prepare(query, QStringLiteral("UPDATE %1 SET owner = ? WHERE id = ?")
                              .arg(Kind<T>::table())))
        return false;
    query.addBindValue(notNull(owner));
    query.addBindValue(id);
    return d.exec(query);
}

// Whether the owner's set exists on the article; the caller holds the transaction.
template<typename Db>
bool requireSet(const Db &d, qint64 articleId, const QString &owner)
{
    if (owner.isEmpty())
        return d.articleExists(articleId);
    bool found = false;
    QSqlQuery query(d.db);
    if (!d.prepare(query, QStringLiteral("SELECT 1 FROM annotation_sets "
                                         "WHERE article_id = ? AND owner = ?")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    if (!d.exec(query))
        return false;
    found = query.next();
    return found
           || d.fail(ProjectStore::tr("%1 has not started article %2; start it before "
                                      "annotating.")
                         .arg(owner)
                         .arg(articleId));
}

// ProjectStore::Private::add() and restore() for an annotator's set: the same steps and
// history, and the owner written in the same transaction.
template<typename T, typename Db>
bool addOwned(Db &d, qint64 articleId, T &annotation, const QString &annotator,
              const QString &owner)
{
    Transaction transaction(d.db);
    if (!transaction.isActive())
        return d.fail(transaction.errorText());
    if (!requireSet(d, articleId, owner))
        return false;
    T stored = annotation;
    const QString now = nowText();
    stored.provenance.annotator = annotator;
    if (!stored.provenance.created.isValid())
        stored.provenance.created = timeFrom(now);
    if (!stored.provenance.updated.isValid())
        stored.provenance.updated = stored.provenance.created;
    const std::optional<qint64> id = d.nextId(Kind<T>::table());
    if (!id)
        return false;
    stored.id = *id;
    if (!d.insertRow(articleId, stored) || !setOwner<T>(d, stored.id, owner)
        || !d.afterWrite(stored, articleId)
        || !d.insertHistory(articleId, Kind<T>::name(), stored.id, QStringLiteral("created"),
                            QVariant(), snapshot(stored), annotator, now))
        return false;
    if (!transaction.commit())
        return d.fail(transaction.errorText());
    annotation = stored;
    return true;
}

template<typename T, typename Db>
bool restoreOwned(Db &d, const T &annotation, qint64 articleId, const QString &annotator,
                  const QString &owner)
{
    if (annotation.id <= 0)
        return d.fail(ProjectStore::tr("Only an annotation that was saved before can be "
                                       "restored; this one has no id."));
    Transaction transaction(d.db);
    if (!transaction.isActive())
        return d.fail(transaction.errorText());
    if (!requireSet(d, articleId, owner))
        return false;
    bool inUse = false;
    if (!d.exists(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(Kind<T>::table()),
                  annotation.id, &inUse))
        return false;
    if (inUse)
        return d.fail(Kind<T>::inUse(annotation.id));
    if (!d.insertRow(articleId, annotation) || !setOwner<T>(d, annotation.id, owner)
        || !d.afterWrite(annotation, articleId)
        || !d.insertHistory(articleId, Kind<T>::name(), annotation.id,
                            QStringLiteral("restored"), QVariant(), snapshot(annotation),
                            annotator, nowText()))
        return false;
    if (!transaction.commit())
        return d.fail(transaction.errorText());
    return true;
}

ProjectStore::GoldMark goldMarkFrom(const QSqlQuery &query)
{
    ProjectStore::GoldMark mark;
    mark.articleId = query.value(0).toLongLong();
    mark.goldOwner = query.value(1).toString();
    mark.curated = query.value(2).toString() == curatedHow;
    mark.adjudicator = query.value(3).toString();
    mark.markedAt = timeFrom(query.value(4));
    mark.othersVisible = query.value(5).toInt() != 0;
    return mark;
}

const QString goldColumns =
    QStringLiteral("article_id, gold_owner, how, adjudicator, marked_at, others_visible");

} // namespace

QString ProjectStore::roleName(AnnotatorRole role)
{
    switch (role) {
    case AnnotatorRole::Trainee:
        return QStringLiteral("trainee");
    case AnnotatorRole::Analyst:
        return QStringLiteral("analyst");
    case AnnotatorRole::Adjudicator:
        return QStringLiteral("adjudicator");
    }
    return QStringLiteral("analyst");
}

std::optional<ProjectStore::AnnotatorRole> ProjectStore::roleFromName(const QString &name)
{
    for (AnnotatorRole role :
         {AnnotatorRole::Trainee, AnnotatorRole::Analyst, AnnotatorRole::Adjudicator}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

// Annotators ----------------------------------------------------------------------------------

bool ProjectStore::addAnnotator(const QString &name, AnnotatorRole role, const QString &addedBy)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return d->fail(tr("An annotator needs a name."));
    if (trimmed.startsWith(QLatin1Char('#')))
        return d->fail(tr("An annotator's name cannot start with '#'."));
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    bool inUse = false;
    if (!d->exists(QStringLiteral("SELECT 1 FROM annotators WHERE name = ?"), trimmed, &inUse))
        return false;
    if (inUse)
        return d->fail(tr("The project already has an annotator called \"%1\".").arg(trimmed));
    const std::optional<qint64> id = d->nextId(QStringLiteral("annotators"));
    if (!id)
        return false;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("INSERT INTO annotators (id, name, role, added_by, "
                                          "added_at) VALUES (?, ?, ?, ?, ?)")))
        return false;
    query.addBindValue(*id);
    query.addBindValue(trimmed);
    query.addBindValue(roleName(role));
    query.addBindValue(addedBy);
    query.addBindValue(nowText());
    if (!d->exec(query))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

QList<ProjectStore::Annotator> ProjectStore::annotators() const
{
    QList<Annotator> result;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT name, role, added_by, added_at FROM annotators "
                                   "ORDER BY name"))) {
        d->failQuery(query);
        return result;
    }
    while (query.next()) {
        Annotator annotator;
        annotator.name = query.value(0).toString();
        annotator.role = roleFromName(query.value(1).toString()).value_or(AnnotatorRole::Analyst);
        annotator.addedBy = query.value(2).toString();
        annotator.addedAt = timeFrom(query.value(3));
        result.append(annotator);
    }
    return result;
}

std::optional<ProjectStore::Annotator> ProjectStore::annotator(const QString &name) const
{
    for (const Annotator &annotator : annotators()) {
        if (annotator.name == name)
            return annotator;
    }
    return std::nullopt;
}

// Sets ------------------------------------------------------------------------------------------

bool ProjectStore::startSet(qint64 articleId, const QString &owner, const QString &startedBy)
{
    if (owner.isEmpty())
        return d->fail(tr("The shared set needs no start; name an annotator."));
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->articleExists(articleId))
        return false;
    bool known = owner == curatedOwner();
    if (!known
        && !d->exists(QStringLiteral("SELECT 1 FROM annotators WHERE name = ?"), owner, &known))
        return false;
    if (!known)
        return d->fail(tr("\"%1\" is not an annotator of this project.").arg(owner));
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT 1 FROM annotation_sets "
                                          "WHERE article_id = ? AND owner = ?")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    if (!d->exec(query))
        return false;
    if (query.next())
        return d->fail(tr("%1 has already started article %2.").arg(owner).arg(articleId));
    query.finish();
    const QString now = nowText();
    if (!d->prepare(query, QStringLiteral("INSERT INTO annotation_sets (article_id, owner, "
                                          "started_by, started_at) VALUES (?, ?, ?, ?)")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    query.addBindValue(startedBy);
    query.addBindValue(now);
    if (!d->exec(query)
        || !d->insertHistory(articleId, setKind, 0, QStringLiteral("started"), QVariant(), owner,
                             startedBy, now))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::hasSet(qint64 articleId, const QString &owner) const
{
    if (owner.isEmpty())
        return true;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT 1 FROM annotation_sets "
                                          "WHERE article_id = ? AND owner = ?")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    return d->exec(query) && query.next();
}

QList<ProjectStore::AnnotationSet> ProjectStore::sets(qint64 articleId) const
{
    QList<AnnotationSet> result;
    QSqlQuery query(d->db);
    const QString sql = QStringLiteral("SELECT article_id, owner, started_by, started_at "
                                       "FROM annotation_sets %1 ORDER BY article_id, owner")
                            .arg(articleId > 0 ? QStringLiteral("WHERE article_id = ?")
                                               : QString());
    if (!d->prepare(query, sql))
        return result;
    if (articleId > 0)
        query.addBindValue(articleId);
    if (!d->exec(query))
        return result;
    while (query.next()) {
        AnnotationSet set;
        set.articleId = query.value(0).toLongLong();
        set.owner = query.value(1).toString();
        set.startedBy = query.value(2).toString();
        set.startedAt = timeFrom(query.value(3));
        result.append(set);
    }
    return result;
}

bool ProjectStore::mayRead(qint64 articleId, const QString &viewer, const QString &owner) const
{
    if (viewer == owner)
        return true;
    const std::optional<Annotator> who = annotator(viewer);
    if (!who || who->role != AnnotatorRole::Trainee)
        return true;
    const std::optional<GoldMark> mark = goldMark(articleId);
    return mark && mark->othersVisible;
}

// Adds and restores into a set ----------------------------------------------------------------

bool ProjectStore::addMention(qint64 articleId, Mention &mention, const QString &annotator,
                              const QString &owner)
{
    return owner.isEmpty() ? addMention(articleId, mention, annotator)
                           : addOwned(*d, articleId, mention, annotator, owner);
}

bool ProjectStore::addAffiliation(qint64 articleId, Affiliation &affiliation,
                                  const QString &annotator, const QString &owner)
{
    return owner.isEmpty() ? addAffiliation(articleId, affiliation, annotator)
                           : addOwned(*d, articleId, affiliation, annotator, owner);
}

bool ProjectStore::addCasualty(qint64 articleId, CasualtyFigure &figure, const QString &annotator,
                               const QString &owner)
{
    return owner.isEmpty() ? addCasualty(articleId, figure, annotator)
                           : addOwned(*d, articleId, figure, annotator, owner);
}

bool ProjectStore::addEvent(qint64 articleId, Event &event, const QString &annotator,
                            const QString &owner)
{
    return owner.isEmpty() ? addEvent(articleId, event, annotator)
                           : addOwned(*d, articleId, event, annotator, owner);
}

bool ProjectStore::restoreMention(const Mention &mention, qint64 articleId,
                                  const QString &annotator, const QString &owner)
{
    return owner.isEmpty() ? restoreMention(mention, articleId, annotator)
                           : restoreOwned(*d, mention, articleId, annotator, owner);
}

bool ProjectStore::restoreAffiliation(const Affiliation &affiliation, qint64 articleId,
                                      const QString &annotator, const QString &owner)
{
    return owner.isEmpty() ? restoreAffiliation(affiliation, articleId, annotator)
                           : restoreOwned(*d, affiliation, articleId, annotator, owner);
}

bool ProjectStore::restoreCasualty(const CasualtyFigure &figure, qint64 articleId,
                                   const QString &annotator, const QString &owner)
{
    return owner.isEmpty() ? restoreCasualty(figure, articleId, annotator)
                           : restoreOwned(*d, figure, articleId, annotator, owner);
}

bool ProjectStore::restoreEvent(const Event &event, qint64 articleId, const QString &annotator,
                                const QString &owner)
{
    return owner.isEmpty() ? restoreEvent(event, articleId, annotator)
                           : restoreOwned(*d, event, articleId, annotator, owner);
}

// Gold ------------------------------------------------------------------------------------------

std::optional<ProjectStore::GoldMark> ProjectStore::goldMark(qint64 articleId) const
{
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT %1 FROM gold_marks WHERE article_id = ?")
                               .arg(goldColumns)))
        return std::nullopt;
    query.addBindValue(articleId);
    if (!d->exec(query) || !query.next())
        return std::nullopt;
    return goldMarkFrom(query);
}

QList<ProjectStore::GoldMark> ProjectStore::goldMarks() const
{
    QList<GoldMark> marks;
    QSqlQuery query(d->db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM gold_marks ORDER BY article_id")
                        .arg(goldColumns))) {
        d->failQuery(query);
        return marks;
    }
    while (query.next())
        marks.append(goldMarkFrom(query));
    return marks;
}

// The caller holds the transaction. Replaces the article's mark and writes its history row.
namespace {

template<typename Db>
bool writeGoldMark(const Db &d, qint64 articleId, const QString &owner, const QString &how,
                   const QString &adjudicator, const QString &now)
{
    QSqlQuery query(d.db);
    if (!d.prepare(query, QStringLiteral("SELECT gold_owner FROM gold_marks WHERE article_id = ?")))
        return false;
    query.addBindValue(articleId);
    if (!d.exec(query))
        return false;
    const QVariant before = query.next() ? query.value(0) : QVariant();
    query.finish();
    if (!d.prepare(query, QStringLiteral("DELETE FROM gold_marks WHERE article_id = ?")))
        return false;
    query.addBindValue(articleId);
    if (!d.exec(query))
        return false;
    if (!d.prepare(query, QStringLiteral("INSERT INTO gold_marks (%1) VALUES (?, ?, ?, ?, ?, 0)")
                              .arg(goldColumns)))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    query.addBindValue(how);
    query.addBindValue(adjudicator);
    query.addBindValue(now);
    return d.exec(query)
           && d.insertHistory(articleId, goldKind, 0, QStringLiteral("gold_owner"), before, owner,
                              adjudicator, now);
}

} // namespace

bool ProjectStore::markGold(qint64 articleId, const QString &owner, const QString &adjudicator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->articleExists(articleId))
        return false;
    QSqlQuery query(d->db);
    if (!owner.isEmpty()) {
        if (!d->prepare(query, QStringLiteral("SELECT 1 FROM annotation_sets "
                                              "WHERE article_id = ? AND owner = ?")))
            return false;
        query.addBindValue(articleId);
        query.addBindValue(notNull(owner));
        if (!d->exec(query))
            return false;
        if (!query.next())
            return d->fail(tr("%1 has no set on article %2 to mark as gold.")
                               .arg(owner)
                               .arg(articleId));
        query.finish();
    }
    if (!writeGoldMark(*d, articleId, owner,
                       owner == curatedOwner() ? curatedHow : confirmedHow, adjudicator,
                       nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

// The curated set is replaced as a whole: its old rows go (their event links cascade) and the
// merge is inserted with fresh ids, event links remapped to the new figure ids as addDocument()
// does. Replacing rather than editing keeps "the gold set is exactly what the adjudicator
// merged" true however the merge was computed.
bool ProjectStore::markCuratedGold(qint64 articleId, Document &curated,
                                   const QString &adjudicator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    if (!d->articleExists(articleId))
        return false;
    const QString owner = curatedOwner();
    const QString now = nowText();
    QSqlQuery query(d->db);
    for (const QString &table : {QStringLiteral("events"), QStringLiteral("casualties"),
                                 QStringLiteral("affiliations"), QStringLiteral("mentions")}) {
        if (!d->prepare(query, QStringLiteral("DELETE FROM %1 WHERE article_id = ? AND owner = ?")
                                   .arg(table)))
            return false;
        query.addBindValue(articleId);
        query.addBindValue(notNull(owner));
        if (!d->exec(query))
            return false;
    }
    if (!d->prepare(query, QStringLiteral("DELETE FROM annotation_sets WHERE article_id = ? "
                                          "AND owner = ?")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    if (!d->exec(query))
        return false;
    if (!d->prepare(query, QStringLiteral("INSERT INTO annotation_sets (article_id, owner, "
                                          "started_by, started_at) VALUES (?, ?, ?, ?)")))
        return false;
    query.addBindValue(articleId);
    query.addBindValue(notNull(owner));
    query.addBindValue(adjudicator);
    query.addBindValue(now);
    if (!d->exec(query))
        return false;

    Document stored = curated;
    auto insertAll = [&](auto &list, QHash<qint64, qint64> *idMap) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        std::optional<qint64> id = d->nextId(Kind<T>::table());
        if (!id)
            return false;
        for (T &annotation : list) {
            const qint64 documentId = annotation.id;
            annotation.id = (*id)++;
            if (idMap && documentId != 0)
                idMap->insert(documentId, annotation.id);
            if (annotation.provenance.annotator.isEmpty())
                annotation.provenance.annotator = adjudicator;
            if (!annotation.provenance.created.isValid())
                annotation.provenance.created = timeFrom(now);
            if (!annotation.provenance.updated.isValid())
                annotation.provenance.updated = timeFrom(now);
            if (!d->insertRow(articleId, annotation) || !setOwner<T>(*d, annotation.id, owner)
                || !d->insertHistory(articleId, Kind<T>::name(), annotation.id,
                                     QStringLiteral("created"), QVariant(), snapshot(annotation),
                                     adjudicator, now))
                return false;
        }
        return true;
    };
    QHash<qint64, qint64> casualtyIds; // id in the document -> database id
    if (!insertAll(stored.mentions, nullptr) || !insertAll(stored.affiliations, nullptr)
        || !insertAll(stored.casualties, &casualtyIds))
        return false;
    for (Event &event : stored.events) {
        for (qint64 &figureId : event.casualtyIds) {
            const auto mapped = casualtyIds.constFind(figureId);
            if (mapped == casualtyIds.constEnd())
                return d->fail(tr("The event \"%1\" refers to casualty figure %2, which is not "
                                  "part of the curated set.")
                                   .arg(event.eventType)
                                   .arg(figureId));
            figureId = *mapped;
        }
    }
    if (!insertAll(stored.events, nullptr))
        return false;
    for (const Event &event : std::as_const(stored.events)) {
        if (!d->afterWrite(event, articleId))
            return false;
    }
    if (!writeGoldMark(*d, articleId, owner, curatedHow, adjudicator, now))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    curated = stored;
    return true;
}

bool ProjectStore::unmarkGold(qint64 articleId, const QString &adjudicator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const std::optional<GoldMark> mark = goldMark(articleId);
    if (!mark)
        return d->fail(tr("Article %1 has no gold mark.").arg(articleId));
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("DELETE FROM gold_marks WHERE article_id = ?")))
        return false;
    query.addBindValue(articleId);
    if (!d->exec(query)
        || !d->insertHistory(articleId, goldKind, 0, QStringLiteral("gold_owner"),
                             mark->goldOwner, QVariant(), adjudicator, nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

bool ProjectStore::setOthersVisible(qint64 articleId, bool visible, const QString &adjudicator)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    const std::optional<GoldMark> mark = goldMark(articleId);
    if (!mark)
        return d->fail(tr("Article %1 has no gold mark.").arg(articleId));
    if (mark->othersVisible == visible)
        return true;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("UPDATE gold_marks SET others_visible = ? "
                                          "WHERE article_id = ?")))
        return false;
    query.addBindValue(visible ? 1 : 0);
    query.addBindValue(articleId);
    if (!d->exec(query)
        || !d->insertHistory(articleId, goldKind, 0, QStringLiteral("others_visible"),
                             boolText(mark->othersVisible), boolText(visible), adjudicator,
                             nowText()))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    return true;
}

// Scores ----------------------------------------------------------------------------------------

bool ProjectStore::recordScore(ScoreRecord &record, bool *written)
{
    if (written)
        *written = false;
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return d->fail(transaction.errorText());
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT documents, figures FROM trainee_scores "
                                          "WHERE annotator = ? ORDER BY id DESC LIMIT 1")))
        return false;
    query.addBindValue(record.annotator);
    if (!d->exec(query))
        return false;
    if (query.next() && query.value(0).toInt() == record.documents
        && query.value(1).toString() == record.figures)
        return true; // the same figures as last time; the destructor ends the transaction
    query.finish();
    const std::optional<qint64> id = d->nextId(QStringLiteral("trainee_scores"));
    if (!id)
        return false;
    const QString now = nowText();
    if (!d->prepare(query, QStringLiteral("INSERT INTO trainee_scores (id, annotator, scored_at, "
                                          "documents, strict_f1, lenient_f1, figures) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return false;
    query.addBindValue(*id);
    query.addBindValue(record.annotator);
    query.addBindValue(now);
    query.addBindValue(record.documents);
    query.addBindValue(record.strictF1);
    query.addBindValue(record.lenientF1);
    query.addBindValue(notNull(record.figures));
    if (!d->exec(query))
        return false;
    if (!transaction.commit())
        return d->fail(transaction.errorText());
    record.id = *id;
    record.scoredAt = timeFrom(now);
    if (written)
        *written = true;
    return true;
}

QList<ProjectStore::ScoreRecord> ProjectStore::scores(const QString &annotator) const
{
    QList<ScoreRecord> result;
    QSqlQuery query(d->db);
    if (!d->prepare(query, QStringLiteral("SELECT id, annotator, scored_at, documents, strict_f1, "
                                          "lenient_f1, figures FROM trainee_scores "
                                          "WHERE annotator = ? ORDER BY id")))
        return result;
    query.addBindValue(annotator);
    if (!d->exec(query))
        return result;
    while (query.next()) {
        ScoreRecord record;
        record.id = query.value(0).toLongLong();
        record.annotator = query.value(1).toString();
        record.scoredAt = timeFrom(query.value(2));
        record.documents = query.value(3).toInt();
        record.strictF1 = query.value(4).toDouble();
        record.lenientF1 = query.value(5).toDouble();
        record.figures = query.value(6).toString();
        result.append(record);
    }
    return result;
}
