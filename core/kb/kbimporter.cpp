#include "core/kb/kbimporter.h"

#include "core/detect/textfolder.h"
#include "core/kb/delimitedreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

QString KbImporter::Problem::text() const
{
    if (line <= 0)
        return message;
    return tr("line %1: %2").arg(line).arg(message);
}

QStringList KbImporter::Result::messages() const
{
    QStringList list;
    for (const Problem &problem : problems)
        list << problem.text();
    return list;
}

QStringList KbImporter::knownColumns()
{
    return {QStringLiteral("id"),         QStringLiteral("canonical"),
            QStringLiteral("type"),       QStringLiteral("kind"),
            QStringLiteral("aliases"),    QStringLiteral("adjectives"),
            QStringLiteral("acled_name"), QStringLiteral("acled_certainty"),
            QStringLiteral("governorate"),
            QStringLiteral("country"),    QStringLiteral("area"),
            QStringLiteral("army"),       QStringLiteral("police"),
            QStringLiteral("notes"),      QStringLiteral("sources"),
            QStringLiteral("certainty")};
}

QList<EntityType> KbImporter::importableTypes()
{
    return {EntityType::ArmedGroup, EntityType::StateForce, EntityType::State,
            EntityType::Person,     EntityType::Location,   EntityType::Source};
}

QString KbImporter::makeId(const QString &name)
{
    QString id;
    bool dash = false;
    for (const QChar ch : TextFolder::key(name)) {
        if (TextFolder::isWordUnit(ch.unicode())) {
            if (dash && !id.isEmpty())
                id.append(u'-');
            dash = false;
            id.append(ch);
        } else if (ch != u'\'') {
            dash = true;
        }
    }
    return id;
}

QStringList KbImporter::splitList(const QString &cell)
{
    QStringList items;
    const QStringList parts = cell.split(u'|');
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

KbImporter::Result KbImporter::readFile(const QString &path, std::optional<EntityType> defaultType)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append({0, tr("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.problems.append({0, tr("%1 is not UTF-8 text; save it as UTF-8 and import it again")
                                       .arg(QFileInfo(path).fileName())});
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QChar delimiter = u',';
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")
        || text.left(text.indexOf(u'\n')).contains(u'\t'))
        delimiter = u'\t';
    return parse(text, delimiter, defaultType);
}

KbImporter::Result KbImporter::parse(QStringView text, QChar delimiter,
                                     std::optional<EntityType> defaultType, bool quoting)
{
    Result result;
    const DelimitedReader::Result table = DelimitedReader::read(text, delimiter, quoting);
    for (const auto &problem : table.problems)
        result.problems.append({problem.line, problem.message});

    if (table.records.isEmpty()) {
        result.problems.append({0, tr("the file is empty; a header row naming the columns is required")});
        return result;
    }

    // Header
    const DelimitedReader::Record &header = table.records.first();
    const QStringList known = knownColumns();
    QHash<QString, int> column;
    QList<Problem> headerProblems;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (known.contains(name)) {
            if (column.contains(name))
                headerProblems.append({header.line, tr("column \"%1\" appears twice; the first one is used").arg(name)});
            else
                column.insert(name, i);
        } else if (!name.isEmpty()) {
            headerProblems.append({header.line, tr("unknown column \"%1\" ignored (known columns: %2)")
                                                    .arg(name, known.join(QStringLiteral(", ")))});
        }
    }
    if (column.isEmpty()) {
        result.problems.append({header.line, tr("the first row is not a header row; it must name the columns (%1)")
                                                 .arg(known.join(QStringLiteral(", ")))});
        return result;
    }
    result.problems += headerProblems;
    if (!column.contains(QStringLiteral("canonical"))) {
        result.problems.append({header.line, tr("the header row has no \"canonical\" column")});
        return result;
    }
    if (!column.contains(QStringLiteral("type")) && !defaultType) {
        result.problems.append({header.line, tr("the header row has no \"type\" column")});
        return result;
    }
    result.readable = true;

    QStringList typeNames;
    for (EntityType type : importableTypes())
        typeNames << toString(type);

    QHash<QString, int> idLines;
    for (int r = 1; r < table.records.size(); ++r) {
        const DelimitedReader::Record &record = table.records.at(r);
        auto cell = [&](const char *name) -> QString {
            const int i = column.value(QLatin1String(name), -1);
            return (i >= 0 && i < record.fields.size()) ? record.fields.at(i).trimmed() : QString();
        };
        auto bad = [&](const QString &message) { result.problems.append({record.line, message}); };

        if (record.fields.size() > header.fields.size()) {
            bad(tr("%1 fields, but the header has %2 (a field with the delimiter in it needs double quotes)")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        KbEntry entry;
        entry.canonical = cell("canonical");
        if (entry.canonical.isEmpty()) {
            bad(tr("the canonical name is empty"));
            continue;
        }
        const QString typeText = cell("type");
        if (typeText.isEmpty() && defaultType) {
            entry.type = *defaultType;
        } else {
            const auto type = fromString<EntityType>(typeText.toUpper());
            if (!type || !importableTypes().contains(*type)) {
                bad(typeText.isEmpty() ? tr("the type is empty (use %1)").arg(typeNames.join(QStringLiteral(", ")))
                                       : tr("unknown type \"%1\" (use %2)").arg(typeText, typeNames.join(QStringLiteral(", "))));
                continue;
            }
            entry.type = *type;
        }
        const QString certaintyText = cell("certainty");
        if (!certaintyText.isEmpty()) {
            const auto certainty = certaintyFromString(certaintyText.toLower());
            if (!certainty) {
                bad(tr("unknown certainty \"%1\" (use %2)").arg(certaintyText, certaintySpellings().join(QStringLiteral(", "))));
                continue;
            }
            entry.certainty = *certainty;
        }
        const QString acledCertaintyText = cell("acled_certainty");
        if (!acledCertaintyText.isEmpty()) {
            const auto certainty = certaintyFromString(acledCertaintyText.toLower());
            if (!certainty) {
                bad(tr("unknown certainty \"%1\" (use %2)").arg(acledCertaintyText, certaintySpellings().join(QStringLiteral(", "))));
                continue;
            }
            entry.acledCertainty = certainty;
        }
        entry.id = cell("id");
        if (entry.id.isEmpty())
            entry.id = makeId(entry.canonical);
        if (entry.id.isEmpty()) {
            bad(tr("the canonical name \"%1\" has no letters or digits").arg(entry.canonical));
            continue;
        }
        if (idLines.contains(entry.id)) {
            bad(tr("duplicate id \"%1\" (first on line %2)").arg(entry.id).arg(idLines.value(entry.id)));
            continue;
        }
        idLines.insert(entry.id, record.line);
        entry.kind = cell("kind");
        entry.aliases = splitList(cell("aliases"));
        entry.adjectives = splitList(cell("adjectives"));
        entry.acledName = cell("acled_name");
        entry.governorate = cell("governorate");
        entry.country = cell("country");
        entry.army = cell("army");
        entry.police = cell("police");
        entry.area = cell("area");
        entry.notes = cell("notes");
        static const QRegularExpression sourceSeparators(QStringLiteral("[\\s;,|]+"));
        entry.sources = cell("sources").split(sourceSeparators, Qt::SkipEmptyParts);
        result.entries.append(entry);
    }
    return result;
}
