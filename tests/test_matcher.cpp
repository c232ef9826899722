#include "core/detect/matcher.h"
#include "core/kb/knowledgebase.h"

#include <QtTest>

// The matcher proposes every knowledge-base name it sees. These texts are written for the
// test; each case is a mistake an analyst would see at once in the highlights.
class TestMatcher : public QObject
{
    Q_OBJECT

    // "surface=entry-id" for each match, in order: compact to compare and readable on failure.
    static QStringList found(const Matcher &matcher, const QString &text)
    {
        QStringList result;
        for (const Matcher::Match &match : matcher.find(text))
            result << text.mid(match.start, match.end - match.start) + u'=' + match.entry->id;
        return result;
    }

    static KbEntry entry(const char *id, const char *canonical, EntityType type,
                         QStringList aliases = {}, Certainty certainty = Certainty::Confirmed)
    {
        KbEntry e;
        e.id = QLatin1String(id);
        e.canonical = QString::fromUtf8(canonical);
        e.type = type;
        e.aliases = aliases;
        e.certainty = certainty;
        return e;
    }

    Matcher m_bundled;

private slots:
    void initTestCase() { m_bundled = Matcher(KnowledgeBase::bundled()); }

    void findsNamesInASentence()
    {
        const QString text = QStringLiteral(
            "Fighters of Hay\u2019at Tahrir al-Sham clashed with Jund al-Aqsa near Ghassaniyeh, "
            "according to Enab Baladi.");
        QCOMPARE(found(m_bundled, text),
                 QStringList({QStringLiteral("Hay\u2019at Tahrir al-Sham=hayat-tahrir-al-sham"),
                              QStringLiteral("Jund al-Aqsa=jund-al-aqsa"),
                              QStringLiteral("Ghassaniyeh=al-ghassaniyah"),
                              QStringLiteral("Enab Baladi=enab-baladi")}));
    }

    void wholeWordsOnly()
    {
        QCOMPARE(found(m_bundled, QStringLiteral("Hamastown and Hamas")),
                 QStringList({QStringLiteral("Hamas=hamas")}));
        QCOMPARE(found(m_bundled, QStringLiteral("an ISIS-affiliated group")),
                 QStringList({QStringLiteral("ISIS=islamic-state")}));
        QCOMPARE(found(m_bundled, QStringLiteral("the Afrin2 camp and preAfrin")), QStringList());
        QCOMPARE(found(m_bundled, QStringLiteral("(Idlib)")), QStringList({QStringLiteral("Idlib=idlib-governorate")}));
        QCOMPARE(found(m_bundled, QStringLiteral("Idlib")), QStringList({QStringLiteral("Idlib=idlib-governorate")}));
    }

    void longestMatchWins()
    {
        QCOMPARE(found(m_bundled, QStringLiteral("the Free Syrian Army and the Syrian Army in Syria")),
                 QStringList({QStringLiteral("Free Syrian Army=free-syrian-army"),
                              QStringLiteral("Syrian Army=syrian-arab-army"),
                              QStringLiteral("Syria=syria")}));
        // A longer alias that does not complete leaves the shorter one standing.
        QCOMPARE(found(m_bundled, QStringLiteral("Free Syrian Arm")),
                 QStringList({QStringLiteral("Syrian=syria")}));
    }

    void spellingVariantsMatch()
    {
        QCOMPARE(found(m_bundled, QStringLiteral("Hay'at Tahrir al Sham, HAY\u2019AT TAHRIR AL\u2013SHAM")),
                 QStringList({QStringLiteral("Hay'at Tahrir al Sham=hayat-tahrir-al-sham"),
                              QStringLiteral("HAY\u2019AT TAHRIR AL\u2013SHAM=hayat-tahrir-al-sham")}));
        QCOMPARE(found(m_bundled, QStringLiteral("al Qaeda / Al-Qaeda / al\u00A0Qaeda")).size(), 3);
        QCOMPARE(found(m_bundled, QStringLiteral("T\u00FCrkiye and Turkiye and Tu\u0308rkiye")),
                 QStringList({QStringLiteral("T\u00FCrkiye=turkey"), QStringLiteral("Turkiye=turkey"),
                              QStringLiteral("Tu\u0308rkiye=turkey")}));
        QCOMPARE(found(m_bundled, QStringLiteral("\u0130DL\u0130B")), QStringList({QStringLiteral("\u0130DL\u0130B=idlib-governorate")}));
    }

    void leadingTheIsNotPartOfTheName()
    {
        KnowledgeBase kb;
        kb.addEntry(entry("levant-front", "the Levant Front", EntityType::ArmedGroup));
        const Matcher matcher(kb);
        const QString text = QStringLiteral("fighters of the Levant Front and Levant Front units");
        QCOMPARE(found(matcher, text), QStringList({QStringLiteral("Levant Front=levant-front"),
                                                    QStringLiteral("Levant Front=levant-front")}));
    }

    void shortAcronymsMatchOnlyInCapitals()
    {
        QCOMPARE(found(m_bundled, QStringLiteral("US-backed fighters told us that this is IS territory")),
                 QStringList({QStringLiteral("US=united-states"), QStringLiteral("IS=islamic-state")}));
        QCOMPARE(found(m_bundled, QStringLiteral("U.S. forces")), QStringList({QStringLiteral("U.S.=united-states")}));
        QCOMPARE(found(m_bundled, QStringLiteral("Us and is and aq")), QStringList());
        // Longer all-capital names are case-insensitive.
        QCOMPARE(found(m_bundled, QStringLiteral("isis")), QStringList({QStringLiteral("isis=islamic-state")}));
    }

    void adjectivesResolveToTheirState()
    {
        const QList<Matcher::Match> matches = m_bundled.find(QStringLiteral("Turkish-backed factions"));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().entry->id, QStringLiteral("turkey"));
        QVERIFY(matches.first().adjective);
        QCOMPARE(matches.first().alias, QStringLiteral("Turkish"));
    }

    void ambiguousAliasesKeepEveryCandidate()
    {
        // SNA: the Syrian National Army (confirmed) before the Somali National Army (unverified).
        const QList<Matcher::Match> sna = m_bundled.find(QStringLiteral("SNA fighters"));
        QCOMPARE(sna.size(), 1);
        QCOMPARE(sna.first().entry->id, QStringLiteral("syrian-national-army"));
        QCOMPARE(sna.first().alternatives.size(), 1);
        QCOMPARE(sna.first().alternatives.first()->id, QStringLiteral("somali-national-army"));

        // The higher certainty wins whatever the order of the entries.
        KnowledgeBase kb;
        kb.addEntry(entry("weak", "Weak Group", EntityType::ArmedGroup, {QStringLiteral("WG")},
                          Certainty::Unverified));
        kb.addEntry(entry("strong", "Strong Group", EntityType::ArmedGroup, {QStringLiteral("WG")},
                          Certainty::Confirmed));
        const QList<Matcher::Match> wg = Matcher(kb).find(QStringLiteral("WG"));
        QCOMPARE(wg.size(), 1);
        QCOMPARE(wg.first().entry->id, QStringLiteral("strong"));
        QCOMPARE(wg.first().alternatives.size(), 1);
        QCOMPARE(wg.first().alternatives.first()->id, QStringLiteral("weak"));
    }

    void overlayAliasesAreMatched()
    {
        KnowledgeBase kb = KnowledgeBase::bundled();
        kb.addEntry(entry("valley-brigade", "Valley Brigade", EntityType::ArmedGroup,
                          {QStringLiteral("Liwa al-Wadi")}));
        QVERIFY(kb.addAlias(QStringLiteral("faylaq-al-sham"), QStringLiteral("Sham Corps")));
        const Matcher matcher(kb);
        QCOMPARE(found(matcher, QStringLiteral("Liwa al-Wadi and the Sham Corps")),
                 QStringList({QStringLiteral("Liwa al-Wadi=valley-brigade"),
                              QStringLiteral("Sham Corps=faylaq-al-sham")}));
        QCOMPARE(found(m_bundled, QStringLiteral("Liwa al-Wadi and the Sham Corps")), QStringList());
    }

    void offsetsAreRightAfterEmoji()
    {
        const QString text = QStringLiteral("\U0001F525\U0001F1F8\U0001F1FE Breaking: Faylaq al-Sham \U0001F600 lost "
                                            "one fighter near Kafr Zita.");
        const OffsetMap map(text);
        const QList<Matcher::Match> matches = m_bundled.find(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).entry->id, QStringLiteral("faylaq-al-sham"));
        // In code points the name starts after three emoji, a space and "Breaking: ".
        QCOMPARE(matches.at(0).codePointStart(map), 14);
        QCOMPARE(matches.at(0).codePointEnd(map), 28);
        for (const Matcher::Match &match : matches) {
            const int from = map.toUtf16(match.codePointStart(map));
            const int to = map.toUtf16(match.codePointEnd(map));
            QCOMPARE(text.mid(from, to - from), text.mid(match.start, match.end - match.start));
        }
        QCOMPARE(text.mid(matches.at(1).start, matches.at(1).end - matches.at(1).start),
                 QStringLiteral("Kafr Zita"));
    }

    void combiningMarksStayWithTheirLetter()
    {
        // A trailing combining mark belongs to the match; a mark inside a name is stepped over.
        const QString text = QStringLiteral("in Afri\u0301n and Afrin\u0301 today");
        const QList<Matcher::Match> matches = m_bundled.find(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(text.mid(matches.at(0).start, matches.at(0).end - matches.at(0).start),
                 QStringLiteral("Afri\u0301n"));
        QCOMPARE(text.mid(matches.at(1).start, matches.at(1).end - matches.at(1).start),
                 QStringLiteral("Afrin\u0301"));
    }

    void arabicAliasesMatchArabicText()
    {
        // "هيئة تحرير الشام" written with tatweel and a fatha, then Idlib written with a bare alef.
        const QString text = QStringLiteral("\u0627\u0634\u062A\u0628\u0627\u0643\u0627\u062A \u0645\u0639 "
                                            "\u0647\u064A\u0626\u0640\u0629 \u062A\u062D\u0631\u064A\u0631 "
                                            "\u0627\u0644\u0634\u064E\u0627\u0645 \u0641\u064A "
                                            "\u0627\u062F\u0644\u0628");
        QCOMPARE(found(m_bundled, text),
                 QStringList({QStringLiteral("\u0647\u064A\u0626\u0640\u0629 \u062A\u062D\u0631\u064A\u0631 "
                                             "\u0627\u0644\u0634\u064E\u0627\u0645=hayat-tahrir-al-sham"),
                              QStringLiteral("\u0627\u062F\u0644\u0628=idlib-governorate")}));
    }

    void sparseStatesMatchLikeDenseOnes()
    {
        // With a dense budget of one row, every step but the first goes through the sparse
        // path; the results must not change.
        const Matcher tiny(KnowledgeBase::bundled(), 1);
        QVERIFY(tiny.statistics().denseStates < tiny.statistics().states);
        const QString text = QStringLiteral(
            "ISIS-affiliated Jund al-Aqsa killed four Faylaq al-Sham fighters near al-Ghassaniyah; "
            "the Free Syrian Army, US-backed, and the Syrian Observatory for Human Rights said so. "
            "T\u00FCrkiye, Tu\u0308rkiye, Hamastown, is, us, \u0625\u062F\u0644\u0628.");
        QCOMPARE(found(tiny, text), found(m_bundled, text));
        QCOMPARE(found(m_bundled, text).size(), 10);
    }

    void emptyMatcherFindsNothing()
    {
        QCOMPARE(Matcher().find(QStringLiteral("Jund al-Aqsa")).size(), 0);
        QCOMPARE(m_bundled.find(QString()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "test_matcher.moc"
