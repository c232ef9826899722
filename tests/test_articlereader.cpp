#include "core/ingest/articlereader.h"
#include "core/text/offsetmap.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

// What happens when an analyst opens files, folders or pasted text: the article that
// appears, with its metadata and segments, or a message naming the file and what is wrong.
class TestArticleReader : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(CWB_FIXTURES_DIR "/ingest/") + QLatin1String(name);
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static bool tiles(const Document &document)
    {
        int end = 0;
        for (const Segment &segment : document.segments) {
            if (segment.start != end)
                return false;
            end = segment.end;
        }
        return end == OffsetMap::codePointLength(document.article.text);
    }

    static QString kindAt(const Document &document, const QString &needle)
    {
        const int at = OffsetMap(document.article.text)
                           .toCodePoint(int(document.article.text.indexOf(needle)));
        for (const Segment &segment : document.segments) {
            if (segment.start <= at && at < segment.end)
                return toString(segment.kind);
        }
        return QStringLiteral("<none>");
    }

private slots:
    void readsPlainText()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ArticleReader::Result result = ArticleReader::readFile(fixture("al-bab-clashes.txt"));
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(result.documents.size(), 1);
        const Document &document = result.documents.first();
        const Article &article = document.article;

        QFile file(fixture("al-bab-clashes.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(article.text, QString::fromUtf8(bytes)); // exactly as in the file
        QCOMPARE(article.uid, QString::fromLatin1(
                                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));
        QCOMPARE(article.title, QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab "
                                               "as local truce collapses"));
        QCOMPARE(article.sourcePath, QFileInfo(fixture("al-bab-clashes.txt")).absoluteFilePath());
        QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(article.language, QStringLiteral("en"));
        QCOMPARE(article.outlet, QStringLiteral("Levant Wire"));
        QCOMPARE(article.published, QDate(2019, 5, 14));
        QVERIFY(article.url.isEmpty());
        QVERIFY(article.importedAt >= before.addSecs(-1));
        QCOMPARE(article.importedAt.timeSpec(), Qt::UTC);
        QVERIFY(tiles(document));
        QCOMPARE(kindAt(document, QStringLiteral("At least three fighters")), QStringLiteral("body"));
        QCOMPARE(kindAt(document, QStringLiteral("• Kelly Brandt")), QStringLiteral("spam"));
    }

    void readsHtml()
    {
        const ArticleReader::Result result = ArticleReader::readFile(fixture("al-bab-clashes.html"));
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(result.documents.size(), 1);
        const Article &article = result.documents.first().article;
        QVERIFY(!article.text.contains(QLatin1Char('<')));
        QVERIFY(article.text.contains(QStringLiteral("Jabhat al-Rayyan were killed")));
        QCOMPARE(article.title, QStringLiteral("Liwa al-Badr and Jabhat al-Rayyan clash near al-Bab "
                                               "as local truce collapses"));
        QCOMPARE(article.url, QStringLiteral("https://levantwire.example/al-bab-clashes"));
        QCOMPARE(article.outlet, QStringLiteral("Levant Wire"));
        QCOMPARE(article.published, QDate(2019, 5, 14));
        QCOMPARE(article.language, QStringLiteral("en"));
        QCOMPARE(article.uid, QString::fromLatin1(QCryptographicHash::hash(
                                                      article.text.toUtf8(), QCryptographicHash::Sha1)
                                                      .toHex()));
        QVERIFY(tiles(result.documents.first()));
        QCOMPARE(kindAt(result.documents.first(), QStringLiteral("Fighters of Liwa")),
                 QStringLiteral("caption"));
    }

    void sniffsHtmlInATextFile()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("saved-page.txt"),
                                   "  <!DOCTYPE html><html><body><h1>Clashes erupt near Marea</h1>"
                                   "<p>Fighters exchanged fire for hours on the edge of the town, "
                                   "residents said.</p></body></html>");
        const ArticleReader::Result result = ArticleReader::readFile(path);
        QCOMPARE(result.documents.size(), 1);
        QCOMPARE(result.documents.first().article.text,
                 QStringLiteral("Clashes erupt near Marea\n\nFighters exchanged fire for hours on "
                                "the edge of the town, residents said."));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << "empty.txt" << QByteArray() << "The file is empty.";
        QTest::newRow("white space") << "blank.txt" << QByteArray("\n \n") << "only white space";
        QTest::newRow("binary") << "photo.txt" << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                                << "binary file";
        QTest::newRow("invalid utf-8")
            << "broken.txt" << QByteArray("Caf\xC3\xA9\nline \xFF two")
            << "invalid byte 0xFF at byte 11, line 2";
        QTest::newRow("html without text") << "empty.html"
                                           << QByteArray("<html><body><script>x()</script></body></html>")
                                           << "no readable text";
    }

    void refusesBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = write(dir, name, bytes);
        QVERIFY(!path.isEmpty());
        const ArticleReader::Result result = ArticleReader::readFile(path);
        QVERIFY(result.documents.isEmpty());
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().path, path);
        QVERIFY2(result.failures.first().reason.contains(reason),
                 qPrintable(result.failures.first().reason));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowhere.txt"));
        const ArticleReader::Result result = ArticleReader::readFile(path);
        QVERIFY(result.documents.isEmpty());
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().path, path);
        QCOMPARE(result.failures.first().reason, QStringLiteral("No such file."));
    }

    void folderNamedLikeAFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("x.txt")));
        const ArticleReader::Result result = ArticleReader::readFile(dir.filePath(QStringLiteral("x.txt")));
        QCOMPARE(result.failures.size(), 1);
        QVERIFY2(result.failures.first().reason.startsWith(QStringLiteral("The file cannot be read:")),
                 qPrintable(result.failures.first().reason));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("locked.txt"), "Some article text.");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("Running as root: a file without permissions can still be read.");
        const ArticleReader::Result result = ArticleReader::readFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(result.failures.size(), 1);
        QVERIFY2(result.failures.first().reason.startsWith(QStringLiteral("The file cannot be read: ")),
                 qPrintable(result.failures.first().reason));
    }

    void encodings()
    {
        QTemporaryDir dir;
        const QString arabic = QStringLiteral(
            "اشتباكات بين فصيلين قرب مدينة الباب\n\nقال مصدر طبي إن ثلاثة مقاتلين قتلوا وأصيب سبعة "
            "آخرون في الاشتباكات التي اندلعت على أطراف المدينة.\n");
        QStringEncoder cp1256("windows-1256");
        const QString arabicPath = write(dir, QStringLiteral("arabic.txt"), cp1256.encode(arabic));
        ArticleReader::Result result = ArticleReader::readFile(arabicPath);
        QCOMPARE(result.documents.size(), 1);
        QCOMPARE(result.documents.first().article.text, arabic);
        QCOMPARE(result.documents.first().article.encoding, QStringLiteral("windows-1256"));
        QCOMPARE(result.documents.first().article.language, QStringLiteral("ar"));
        QCOMPARE(result.documents.first().article.title,
                 QStringLiteral("اشتباكات بين فصيلين قرب مدينة الباب"));

        // The same bytes forced to Windows-1252 give Latin letters; the user's choice wins.
        ArticleReader::Options latin;
        latin.encoding = QStringLiteral("cp1252");
        result = ArticleReader::readFile(arabicPath, latin);
        QCOMPARE(result.documents.size(), 1);
        QCOMPARE(result.documents.first().article.encoding, QStringLiteral("windows-1252"));
        QVERIFY(!result.documents.first().article.text.contains(QStringLiteral("الباب")));

        const QString utf16 = write(dir, QStringLiteral("utf16.txt"),
                                    QByteArray("\xFF\xFE") + QStringEncoder("UTF-16LE").encode(arabic));
        result = ArticleReader::readFile(utf16);
        QCOMPARE(result.documents.size(), 1);
        QCOMPARE(result.documents.first().article.text, arabic);
        QCOMPARE(result.documents.first().article.encoding, QStringLiteral("UTF-16LE"));

        ArticleReader::Options unknown;
        unknown.encoding = QStringLiteral("koi8-r");
        result = ArticleReader::readFile(arabicPath, unknown);
        QCOMPARE(result.failures.size(), 1);
        QVERIFY(result.failures.first().reason.contains(QStringLiteral("Unknown encoding")));
    }

    void largeFile()
    {
        // 50 MB of plain text must open and segment in seconds.
        QTemporaryDir dir;
        const QByteArray paragraph =
            "Fighters of the two factions exchanged fire for several hours on the edge of the town "
            "of Marea, according to residents who spoke to the agency by phone, while the council "
            "called for calm and asked the elders to mediate. At least three people were killed.\n\n";
        QByteArray bytes = "Clashes erupt near the town of Marea\n\n";
        const int count = int(50 * 1024 * 1024 / paragraph.size()) + 1;
        bytes.reserve(paragraph.size() * count + 64);
        for (int i = 0; i < count; ++i)
            bytes += paragraph;
        const QString path = write(dir, QStringLiteral("large.txt"), bytes);
        QVERIFY(!path.isEmpty());
        bytes.clear();
        bytes.squeeze();

        QElapsedTimer timer;
        timer.start();
        const ArticleReader::Result result = ArticleReader::readFile(path);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(result.documents.size(), 1);
        const Document &document = result.documents.first();
        QVERIFY(document.article.text.size() >= 50 * 1024 * 1024);
        QCOMPARE(document.segments.size(), count + 1);
        QVERIFY(tiles(document));
        QVERIFY2(elapsed < 15000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void folders()
    {
        QTemporaryDir dir;
        const QByteArray article = "Clashes erupt near the town of Marea\n\nFighters exchanged fire "
                                   "for hours on the edge of the town, residents said.\n";
        write(dir, QStringLiteral("b-second.txt"), article + "Second.");
        write(dir, QStringLiteral("A-first.html"),
              "<h1>Clashes erupt near Marea</h1><p>Fighters exchanged fire, residents said.</p>");
        write(dir, QStringLiteral("report.pdf"), "%PDF-1.4 binary");
        write(dir, QStringLiteral("notes"), "no suffix");
        write(dir, QStringLiteral(".hidden.txt"), article);
        write(dir, QStringLiteral(".cache/inside.txt"), article);
        write(dir, QStringLiteral("sub/c-third.TXT"), article + "Third.");
        write(dir, QStringLiteral("sub/d-empty.txt"), QByteArray());
        const QString loose = write(dir, QStringLiteral("loose.text"), article + "Loose.");

        const ArticleReader::Result result = ArticleReader::readPaths(
            {dir.path(), dir.filePath(QStringLiteral("missing.txt"))});
        QStringList read;
        for (const Document &document : result.documents)
            read << QFileInfo(document.article.sourcePath).fileName();
        QCOMPARE(read, (QStringList{QStringLiteral("A-first.html"), QStringLiteral("b-second.txt"),
                                    QStringLiteral("loose.text"), QStringLiteral("c-third.TXT")}));
        QCOMPARE(QFileInfo(loose).absoluteFilePath(), result.documents.at(2).article.sourcePath);

        QMap<QString, QString> reasons;
        for (const ArticleReader::Failure &failure : result.failures)
            reasons.insert(QFileInfo(failure.path).fileName(), failure.reason);
        QCOMPARE(reasons.keys(), (QStringList{QStringLiteral("d-empty.txt"), QStringLiteral("missing.txt"),
                                              QStringLiteral("notes"), QStringLiteral("report.pdf")}));
        QVERIFY2(reasons.value(QStringLiteral("report.pdf"))
                     .startsWith(QStringLiteral("Not an article file (.pdf); the workbench reads .txt")),
                 qPrintable(reasons.value(QStringLiteral("report.pdf"))));
        QVERIFY(reasons.value(QStringLiteral("report.pdf")).contains(QStringLiteral(".html")));
        QVERIFY(reasons.value(QStringLiteral("notes")).startsWith(QStringLiteral("Not an article file")));
        QCOMPARE(reasons.value(QStringLiteral("d-empty.txt")), QStringLiteral("The file is empty."));
        QCOMPARE(reasons.value(QStringLiteral("missing.txt")), QStringLiteral("No such file."));
    }

    void pastedText()
    {
        const QString text = QStringLiteral("Clashes erupt near the town of Marea\r\n\r\nFighters "
                                            "exchanged fire for hours, residents said.");
        ArticleReader::Result result = ArticleReader::readPastedText(text, QStringLiteral("Clipboard"));
        QCOMPARE(result.documents.size(), 1);
        const Article &article = result.documents.first().article;
        QCOMPARE(article.text, text);
        QVERIFY(article.sourcePath.isEmpty());
        QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(article.title, QStringLiteral("Clashes erupt near the town of Marea"));
        QVERIFY(tiles(result.documents.first()));

        result = ArticleReader::readPastedText(QStringLiteral(" \n\t"), QStringLiteral("Clipboard"));
        QVERIFY(result.documents.isEmpty());
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.first().path, QStringLiteral("Clipboard"));
        QVERIFY(result.failures.first().reason.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestArticleReader)
#include "test_articlereader.moc"
