#include "core/detect/matcher.h"
#include "core/detect/textfolder.h"
#include "core/kb/knowledgebase.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

namespace {

// The matcher's rules written out the slow way, to compare the real one against: at every
// position where a word may start, try every key, keep the longest that fits, go on after it.
class ReferenceMatcher
{
public:
    explicit ReferenceMatcher(const KnowledgeBase &kb)
        : m_entries(kb.entries())
    {
        for (int i = 0; i < m_entries.size(); ++i) {
            const KbEntry &entry = m_entries.at(i);
            const QStringList names = entry.allNames();
            for (int n = 0; n < names.size(); ++n) {
                const QString key = TextFolder::key(names.at(n));
                if (key.isEmpty())
                    continue;
                QList<Candidate> &list = m_byKey[key];
                if (std::any_of(list.begin(), list.end(), [&](const Candidate &c) { return c.entry == i; }))
                    continue;
                list.append({i, names.at(n), n > entry.aliases.size(), caseSensitive(names.at(n))});
            }
        }
        for (QList<Candidate> &list : m_byKey) {
            std::stable_sort(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) {
                return KnowledgeBase::ranksBefore(m_entries.at(a.entry), a.entry,
                                                  m_entries.at(b.entry), b.entry);
            });
        }
    }

    // One line per match: "start-end entry [alternatives] alias adjective".
    QStringList find(const QString &text) const
    {
        const QString folded = TextFolder::fold(text);
        const auto n = int(folded.size());
        auto ignorable = [&](int k) { return folded.at(k).unicode() == TextFolder::Ignorable; };
        auto word = [&](int k) { return TextFolder::isWordUnit(folded.at(k).unicode()); };
        QStringList result;
        for (int start = 0; start < n;) {
            int before = start - 1;
            while (before >= 0 && ignorable(before))
                --before;
            if (ignorable(start) || (before >= 0 && word(before))) {
                ++start;
                continue;
            }
            int bestEnd = -1;
            QString best;
            for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
                const QString &key = it.key();
                int k = start;
                int j = 0;
                for (; j < key.size() && k < n; ++k) {
                    if (ignorable(k))
                        continue;
                    if (folded.at(k) != key.at(j))
                        break;
                    ++j;
                }
                if (j < key.size())
                    continue;
                while (k < n && ignorable(k))
                    ++k;
                if (k < n && word(k))
                    continue;
                if (k > bestEnd && describe(text, start, k, it.value()).size() > 0) {
                    bestEnd = k;
                    best = describe(text, start, k, it.value());
                }
            }
            if (bestEnd < 0) {
                ++start;
                continue;
            }
            result << best;
            start = bestEnd;
        }
        return result;
    }

    static QStringList found(const Matcher &matcher, const QString &text)
    {
        QStringList result;
        for (const Matcher::Match &m : matcher.find(text)) {
            QStringList alternatives;
            for (const KbEntry *entry : m.alternatives)
                alternatives << entry->id;
            result << line(m.start, m.end, m.entry->id, alternatives, m.alias, m.adjective);
        }
        return result;
    }

private:
    struct Candidate
    {
        int entry;
        QString alias;
        bool adjective;
        bool caseSensitive;
    };

    static bool caseSensitive(const QString &alias)
    {
        int letters = 0;
        for (const QChar ch : alias) {
            if (ch.isLetter() && !ch.isUpper())
                return false;
            letters += ch.isLetter() ? 1 : 0;
        }
        return letters >= 1 && letters <= 3;
    }

    static QString line(int start, int end, const QString &id, const QStringList &alternatives,
                        const QString &alias, bool adjective)
    {
        return QStringLiteral("%1-%2 %3 [%4] %5%6")
            .arg(start)
            .arg(end)
            .arg(id, alternatives.join(u','), alias, adjective ? QStringLiteral(" adj") : QString());
    }

    // Empty when the capitals rule leaves no candidate.
    QString describe(const QString &text, int start, int end, const QList<Candidate> &list) const
    {
        bool capitals = true;
        for (int k = start; k < end; ++k)
            capitals = capitals && !text.at(k).isLower();
        const Candidate *first = nullptr;
        QStringList alternatives;
        for (const Candidate &c : list) {
            if (c.caseSensitive && !capitals)
                continue;
            if (!first)
                first = &c;
            else
                alternatives << m_entries.at(c.entry).id;
        }
        if (!first)
            return {};
        return line(start, end, m_entries.at(first->entry).id, alternatives, first->alias,
                    first->adjective);
    }

    QList<KbEntry> m_entries;
    QMap<QString, QList<Candidate>> m_byKey;
};

} // namespace

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
        QVERIFY(tiny.statistics().hashedNodes < tiny.statistics().nodes);
        const QString text = QStringLiteral(
            "ISIS-affiliated Jund al-Aqsa killed four Faylaq al-Sham fighters near al-Ghassaniyah; "
            "the Free Syrian Army, US-backed, and the Syrian Observatory for Human Rights said so. "
            "T\u00FCrkiye, Tu\u0308rkiye, Hamastown, is, us, \u0625\u062F\u0644\u0628.");
        QCOMPARE(found(tiny, text), found(m_bundled, text));
        QCOMPARE(found(m_bundled, text).size(), 10);
    }

    void longNamesAtBlockEdges()
    {
        // The scan reads plain ASCII text in blocks of 64 units and words in steps of 8: a
        // name of 9, 17 and 25 letters at every offset around those edges is found whole,
        // and a longer word that begins with it is not.
        KnowledgeBase kb;
        kb.addEntry(entry("nine", "Abcdefghi", EntityType::ArmedGroup));
        kb.addEntry(entry("seventeen", "Abcdefghijklmnopq", EntityType::ArmedGroup));
        kb.addEntry(entry("twentyfive", "Abcdefghijklmnopqrstuvwxy Brigade", EntityType::ArmedGroup));
        const Matcher matcher(kb);
        const QString names[] = {QStringLiteral("Abcdefghi"), QStringLiteral("ABCDEFGHIJKLMNOPQ"),
                                 QStringLiteral("abcdefghijklmnopqrstuvwxy brigade")};
        for (const QString &name : names) {
            for (int offset = 0; offset < 150; ++offset) {
                const QString pad(offset, u' ');
                const QString text = pad + name + QStringLiteral(" and ") + name + QStringLiteral("z ok");
                const QList<Matcher::Match> matches = matcher.find(text);
                QCOMPARE(matches.size(), 1);
                QCOMPARE(matches.first().start, offset);
                QCOMPARE(matches.first().end, offset + int(name.size()));
                // The same after a word and the padding, at the very end of the text.
                const QString tail = QStringLiteral("x ") + pad + name;
                QCOMPARE(matcher.find(tail).size(), 1);
                QCOMPARE(matcher.find(tail).first().end, int(tail.size()));
            }
        }
    }

    void agreesWithReferenceOnRandomTexts()
    {
        // Knowledge bases of short, overlapping names in mixed scripts and separators, and
        // texts made from the same pieces with random case, marks and punctuation. Every
        // tenth knowledge base has names that start with a separator, which the matcher scans
        // unit by unit; the others go through its block scan.
        const QStringList words = {
            QStringLiteral("ab"), QStringLiteral("abc"), QStringLiteral("b"), QStringLiteral("ba"),
            QStringLiteral("c"), QStringLiteral("\u00E9t"), QStringLiteral("et"), QStringLiteral("i1"),
            QStringLiteral("\u0130d"), QStringLiteral("ab2"), QStringLiteral("abcabcabc"),
            QStringLiteral("abababababababababab"), QStringLiteral("abcdabcd"),
            QStringLiteral("abababababababab"), QStringLiteral("\u0627\u0644"),
            QStringLiteral("\u0623\u0644\u0628"), QStringLiteral("\u00DF"), QStringLiteral("the"),
            QStringLiteral("\u0439a")};
        const QStringList separators = {
            QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("-"),
            QStringLiteral("."), QStringLiteral("'"), QStringLiteral("\u2019"), QStringLiteral(". "),
            QStringLiteral("\u2013"), QStringLiteral(", "), QStringLiteral("\u00A0"),
            QStringLiteral("  "), QStringLiteral("\n"), QStringLiteral("/"), QStringLiteral("\U0001F600")};
        const QStringList marks = {QStringLiteral("\u0301"), QStringLiteral("\u0640"),
                                   QStringLiteral("\u200D"), QStringLiteral("\u00AD")};
        QRandomGenerator random(4242);
        auto isAscii = [](const QString &piece) {
            return std::all_of(piece.begin(), piece.end(), [](QChar ch) { return ch.unicode() < 0x80; });
        };
        QStringList asciiWords, asciiSeparators;
        std::copy_if(words.begin(), words.end(), std::back_inserter(asciiWords), isAscii);
        std::copy_if(separators.begin(), separators.end(), std::back_inserter(asciiSeparators), isAscii);
        auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
        bool asciiOnly = false;
        auto vary = [&](QString word) {
            for (int k = 0; k < word.size(); ++k) {
                if (random.bounded(3) == 0)
                    word[k] = word[k].toUpper();
            }
            if (asciiOnly)
                return word;
            if (random.bounded(6) == 0)
                word.insert(random.bounded(int(word.size()) + 1), pick(marks));
            if (random.bounded(12) == 0)
                word.replace(u'i', u'\u0131');
            return word;
        };
        int compared = 0;
        int matched = 0;
        for (int round = 0; round < 160; ++round) {
            const bool separatorStarts = round % 10 == 9;
            KnowledgeBase kb;
            const int entryCount = 3 + int(random.bounded(12));
            for (int e = 0; e < entryCount; ++e) {
                QStringList names;
                const int nameCount = 1 + int(random.bounded(3));
                for (int k = 0; k < nameCount; ++k) {
                    QString name = pick(words);
                    const int more = int(random.bounded(4));
                    for (int w = 0; w < more; ++w)
                        name += pick(separators) + pick(words);
                    switch (random.bounded(10)) {
                    case 0: name = name.toUpper(); break;                       // an acronym
                    case 1: name = QStringLiteral("The ") + name; break;         // dropped "the"
                    case 2: name += QLatin1Char('.'); break;                     // "U.S."
                    case 3: if (separatorStarts) name.prepend(u'\''); break;     // "'Ayn"
                    default: break;
                    }
                    names << name;
                }
                KbEntry kbEntry = entry("", "", EntityType::ArmedGroup, names.mid(1),
                                        Certainty(random.bounded(3)));
                kbEntry.id = QStringLiteral("e%1").arg(e);
                kbEntry.canonical = names.first();
                if (random.bounded(4) == 0)
                    kbEntry.adjectives << vary(pick(words));
                kb.addEntry(kbEntry);
            }
            const ReferenceMatcher reference(kb);
            const Matcher matcher(kb);
            const Matcher sparse(kb, 1);
            for (int t = 0; t < 12; ++t) {
                // Half the texts are plain ASCII, which the block scan reads 64 units at a time.
                asciiOnly = t % 2 == 0;
                QString text;
                const int length = t % 3 == 0 ? 400 : 60;
                while (text.size() < length) {
                    text += vary(pick(asciiOnly ? asciiWords : words));
                    text += random.bounded(4) == 0 ? pick(asciiOnly ? asciiSeparators : separators)
                                                   : QStringLiteral(" ");
                }
                const QStringList expected = reference.find(text);
                QCOMPARE(ReferenceMatcher::found(matcher, text), expected);
                QCOMPARE(ReferenceMatcher::found(sparse, text), expected);
                ++compared;
                matched += int(expected.size());
            }
        }
        // The texts are dense with names, or the comparison would prove little.
        QVERIFY2(matched > compared * 5, qPrintable(QStringLiteral("%1 matches in %2 texts").arg(matched).arg(compared)));
    }

    void emptyMatcherFindsNothing()
    {
        QCOMPARE(Matcher().find(QStringLiteral("Jund al-Aqsa")).size(), 0);
        QCOMPARE(m_bundled.find(QString()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "test_matcher.moc"
