#pragma once

#include "core/model/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// The project's own document format (../shared/DESIGN.md, documented in docs/document-json.md):
// one JSON object per article with its text, segments and annotations, offsets in code points.
// What `cwb annotate --json` prints and each line of a JSONL export. Fields are only ever
// added, never renamed.
class DocumentJson
{
    Q_DECLARE_TR_FUNCTIONS(DocumentJson)

public:
    static QJsonObject toJson(const Document &document);
    // One line of JSONL (compact, no newline inside).
    static QByteArray toLine(const Document &document);

    // Reads a document back. Returns nothing and sets `error` for a value the format does not
    // allow (an unknown status, an offset past the text), so importers can report it.
    static std::optional<Document> fromJson(const QJsonObject &object, QString *error);
};
