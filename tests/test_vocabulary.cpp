#include "core/model/vocabulary.h"

#include <QtTest>

// The spellings are what every export and the database carry: they must round-trip and be
// exactly the codebook's.
class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void codebookSpellings()
    {
        QCOMPARE(allSpellings<SegmentKind>(),
                 QStringList({"title", "body", "caption", "boilerplate", "comment", "spam"}));
        QCOMPARE(allSpellings<EntityType>(),
                 QStringList({"ARMED_GROUP", "STATE_FORCE", "STATE", "PERSON", "LOCATION",
                              "DATE", "SOURCE"}));
        QCOMPARE(allSpellings<Status>(),
                 QStringList({"proposed", "confirmed", "rejected", "corrected", "manual"}));
        QCOMPARE(allSpellings<Relation>(),
                 QStringList({"affiliated_with", "backed_by", "part_of", "allied_with",
                              "splinter_of"}));
        QCOMPARE(allSpellings<Precision>(),
                 QStringList({"exact", "at_least", "at_most", "approximate", "range", "vague"}));
        QCOMPARE(allSpellings<CasualtyKind>(),
                 QStringList({"killed", "wounded", "captured", "missing", "unknown"}));
        QCOMPARE(allSpellings<Stance>(), QStringList({"asserted", "reported", "alleged"}));
        QCOMPARE(allSpellings<Scope>(), QStringList({"event", "period"}));
    }

    void roundTrip()
    {
        for (const QString &spelling : allSpellings<EntityType>())
            QCOMPARE(toString(*fromString<EntityType>(spelling)), spelling);
        for (const QString &spelling : allSpellings<Status>())
            QCOMPARE(toString(*fromString<Status>(spelling)), spelling);
        for (const QString &spelling : allSpellings<SegmentKind>())
            QCOMPARE(toString(*fromString<SegmentKind>(spelling)), spelling);
    }

    void unknownSpellingIsRefused()
    {
        QVERIFY(!fromString<Status>(QStringLiteral("Confirmed")).has_value());
        QVERIFY(!fromString<EntityType>(QStringLiteral("armed_group")).has_value());
        QVERIFY(!fromString<Precision>(QString()).has_value());
    }

    void claimSegments()
    {
        QVERIFY(isClaimSegment(SegmentKind::Title));
        QVERIFY(isClaimSegment(SegmentKind::Body));
        QVERIFY(isClaimSegment(SegmentKind::Caption));
        QVERIFY(!isClaimSegment(SegmentKind::Boilerplate));
        QVERIFY(!isClaimSegment(SegmentKind::Comment));
        QVERIFY(!isClaimSegment(SegmentKind::Spam));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
