#include "core/ingest/textdecoder.h"

#include <QStringEncoder>
#include <QtTest>

// What a user sees when a file is opened: the right characters for each encoding the
// workbench supports, and a message they can act on for input it refuses.
class TestTextDecoder : public QObject
{
    Q_OBJECT

private:
    static QByteArray encode(const char *encoding, const QString &text)
    {
        QStringEncoder encoder(encoding);
        return encoder.encode(text);
    }

    static QString arabicHeadline()
    {
        return QStringLiteral("اشتباكات بين فصيلين قرب مدينة الباب في ريف حلب الشمالي");
    }

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encodingOverride");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString quoted = QStringLiteral("“Café” in al-Bab — 3 killed");
        QTest::newRow("utf-8") << quoted.toUtf8() << QString() << quoted << "UTF-8";
        QTest::newRow("utf-8 bom stripped")
            << QByteArray("\xEF\xBB\xBF") + quoted.toUtf8() << QString() << quoted << "UTF-8";
        QTest::newRow("crlf kept") << QByteArray("Title\r\n\r\nBody.\r\n") << QString()
                                   << QStringLiteral("Title\r\n\r\nBody.\r\n") << "UTF-8";
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + encode("UTF-16LE", quoted)
                                      << QString() << quoted << "UTF-16LE";
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode("UTF-16BE", quoted)
                                      << QString() << quoted << "UTF-16BE";
        QTest::newRow("utf-16be arabic") << QByteArray("\xFE\xFF") + encode("UTF-16BE", arabicHeadline())
                                         << QString() << arabicHeadline() << "UTF-16BE";
        QTest::newRow("windows-1252 quotes and accents")
            << QByteArray("\x93" "Caf\xE9\x94 in al-Bab \x96 na\xEFve r\xE9sum\xE9")
            << QString() << QStringLiteral("“Café” in al-Bab – naïve résumé") << "windows-1252";
        QTest::newRow("windows-1256 arabic")
            << encode("windows-1256", arabicHeadline()) << QString() << arabicHeadline()
            << "windows-1256";
        const QString mixed = QStringLiteral("Reuters: ") + arabicHeadline()
            + QStringLiteral(" (Aleppo, May 2019)");
        QTest::newRow("windows-1256 arabic with english")
            << encode("windows-1256", mixed) << QString() << mixed << "windows-1256";
        QTest::newRow("override cp1256 case-insensitive")
            << encode("windows-1256", arabicHeadline()) << QStringLiteral("CP1256")
            << arabicHeadline() << "windows-1256";
        QTest::newRow("override windows-1252 wins over detection")
            << QByteArray("Caf\xC3\xA9") << QStringLiteral("Windows-1252")
            << QStringLiteral("CafÃ©") << "windows-1252";
        QTest::newRow("override utf8") << quoted.toUtf8() << QStringLiteral("UTF8") << quoted
                                       << "UTF-8";
        QTest::newRow("override utf-16 without bom is little-endian")
            << encode("UTF-16LE", quoted) << QStringLiteral("utf-16") << quoted << "UTF-16LE";
        QTest::newRow("override utf-16be") << encode("UTF-16BE", quoted)
                                           << QStringLiteral("utf-16be") << quoted << "UTF-16BE";
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encodingOverride);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const TextDecoder::Result result = TextDecoder::decode(bytes, encodingOverride);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.text, text);
        QCOMPARE(result.encoding, encoding);
        QVERIFY(result.error.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encodingOverride");
        QTest::addColumn<QStringList>("messageParts");

        QTest::newRow("empty") << QByteArray() << QString()
                               << QStringList{QStringLiteral("The file is empty.")};
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QString()
                                  << QStringList{QStringLiteral("The file is empty.")};
        QTest::newRow("white space only") << QByteArray(" \r\n\t\n  ") << QString()
                                          << QStringList{QStringLiteral("only white space")};
        QTest::newRow("nul bytes") << QByteArray("PK\x03\x04\0\0\x08\0text", 12) << QString()
                                   << QStringList{QStringLiteral("binary file"),
                                                  QStringLiteral("NUL bytes")};
        QTest::newRow("control characters")
            << QByteArray("\x01\x02\x03\x04\x05\x06 abc \x07\x08\x0E\x0F") << QString()
            << QStringList{QStringLiteral("binary file"), QStringLiteral("control character")};
        QTest::newRow("utf-16 nul characters")
            << QByteArray("\xFF\xFE" "a\0\0\0b\0", 8) << QString()
            << QStringList{QStringLiteral("binary file")};
        // "Café ok\n" is 9 bytes, "line two " 9 more: the stray byte is at offset 18, line 2.
        QTest::newRow("utf-8 with a broken byte")
            << QByteArray("Caf\xC3\xA9 ok\nline two \xFF here") << QString()
            << QStringList{QStringLiteral("not valid UTF-8"),
                           QStringLiteral("invalid byte 0xFF at byte 18, line 2"),
                           QStringLiteral("windows-1252 or windows-1256")};
        QTest::newRow("utf-8 chosen for a legacy page")
            << QByteArray("Caf\xE9 in al-Bab") << QStringLiteral("utf-8")
            << QStringList{QStringLiteral("not valid UTF-8"),
                           QStringLiteral("invalid byte 0xE9 at byte 3, line 1"),
                           QStringLiteral("UTF-8 was chosen")};
        QTest::newRow("unknown override")
            << QByteArray("text") << QStringLiteral("latin-9")
            << QStringList{QStringLiteral("Unknown encoding \"latin-9\""),
                           QStringLiteral("windows-1256"), QStringLiteral("UTF-16BE")};
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE" "a\0b", 5) << QString()
                                    << QStringList{QStringLiteral("not valid UTF-16LE")};
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encodingOverride);
        QFETCH(QStringList, messageParts);
        const TextDecoder::Result result = TextDecoder::decode(bytes, encodingOverride);
        QVERIFY(!result.ok);
        QVERIFY(result.text.isEmpty());
        for (const QString &part : messageParts)
            QVERIFY2(result.error.contains(part), qPrintable(result.error));
    }

    void latinPageIsNotMistakenForArabic()
    {
        // French and German pages put their accented letters in the same byte range as
        // Windows-1256 puts Arabic; one accented letter among ASCII ones is still Latin.
        const QByteArray french("Les combats ont repris \xE0 al-Bab, a d\xE9\x63lar\xE9 "
                                "l'Observatoire, apr\xE8s l'\xE9\x63hec de la tr\xEAve.");
        const TextDecoder::Result result = TextDecoder::decode(french);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.encoding, QStringLiteral("windows-1252"));
        QVERIFY(result.text.contains(QStringLiteral("déclaré")));
    }

    void supportedEncodingsAreAccepted()
    {
        const QStringList names = TextDecoder::supportedEncodings();
        QVERIFY(names.contains(QStringLiteral("windows-1256")));
        for (const QString &name : names) {
            const TextDecoder::Result result = TextDecoder::decode("plain text", name.toUpper());
            QVERIFY2(!result.error.contains(QStringLiteral("Unknown encoding")),
                     qPrintable(name + QStringLiteral(": ") + result.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "test_textdecoder.moc"
