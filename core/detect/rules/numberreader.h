#pragma once

#include "core/model/vocabulary.h"

#include "core/detect/rules/tokenizer.h"
#include "core/detect/rules/wordset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <algorithm>
#include <optional>

// The values of vague quantity words (codebook section 4), kept as a table because the codebook
// makes them a project setting: "dozens" 12, "hundreds" 100 and the rest can be overridden.
class VagueNumbers
{
public:
    // tens 10, dozens 12, hundreds 100, thousands 1000 (ACLED practice); scores 20, several 3,
    // a number of / some / a few 2 (the codebook's own choice).
    static VagueNumbers codebookDefaults();

    // phrase: lower case, words separated by single spaces ("a number of").
    void setValue(const QString &phrase, qint64 value);
    std::optional<qint64> value(const QString &phrase) const;
    QStringList phrases() const;
    // The phrases split into words, in the order of phrases(), with their values. For the
    // reader, which asks at every word.
    const QList<QStringList> &phraseWords() const { return m_words; }
    const QList<qint64> &phraseValues() const { return m_sortedValues; }
    // The phrases that begin with the word, as indexes into phraseWords() in its order.
    const QList<int> &phrasesStartingWith(QStringView word) const
    {
        static const QList<int> none;
        const QList<int> *starting = m_byFirstWord.find(word);
        return starting ? *starting : none;
    }

private:
    QHash<QString, qint64> m_values;
    QStringList m_sorted; // the phrases, longest first
    QList<QStringList> m_words;
    QList<qint64> m_sortedValues;
    WordMap<QList<int>> m_byFirstWord; // first word -> indexes into m_words
};

// A number of people or things stated in the text, with the codebook's reading of it.
struct NumberPhrase
{
    int start = 0;      // the whole phrase, qualifier included ("at least 12")
    int end = 0;
    int valueStart = 0; // where the number itself starts ("12")
    std::optional<qint64> low;
    std::optional<qint64> best;
    std::optional<qint64> high;
    Precision precision = Precision::Exact;
    bool bestNeedsReview = false; // "up to N": best is the upper bound; the codebook flags it
    bool oneMore = false; // "a third", "another guard": one more of the people just counted
};

// Finds number phrases in text and reads them as the codebook says (section 4).
//
// Read: digits (ASCII, Arabic-Indic, extended Arabic-Indic; "1,200"; "1.5 million"), number words
// with compounds ("twenty-three", "one hundred and five"), "a couple" 2, "a dozen" 12, "half a
// dozen" 6, "a"/"an" as one only right before a noun for people ("a fighter", "an officer") or
// as "a third" closing a clause ("wounding a third", "a fourth was wounded"), "another" before
// a noun for people ("another guard"), the
// vague words of VagueNumbers, qualifiers (at least / more than / up to / about ...) and ranges
// ("N to M", "N or M", "between N and M", "N-M").
//
// Not read, because they are never counts of people: ordinals ("fourth", "22nd"), years ("2017",
// "in 2017"), days of a date ("March 22", "22 March"), money ("$14252", "98 dollars", "2,350 $"),
// percentages, clock times, measures ("5 km", "three days") and labels ("Brigade 93").
//
// "more than N" gives low = N + 1 (what the words say), "over N" low = N (as the codebook says:
// "at least, no fewer than, over N -> low = N; N+1 for more than").
class NumberReader
{
public:
    explicit NumberReader(VagueNumbers vague = VagueNumbers::codebookDefaults());

    QList<NumberPhrase> read(QStringView text) const;
    // The same over the text's tokens from Tokenizer::tokenize (the phrases' positions are the
    // tokens' positions, so an offset given to the tokenizer carries over). The tokens must be
    // the tokenizer's: their Token::classes say which words may start a phrase.
    QList<NumberPhrase> read(const QList<Token> &tokens) const;
    QList<NumberPhrase> read(const Token *tokens, qsizetype count) const;
    // The same, appended to `phrases`: a caller reading sentence after sentence into one list
    // makes no list per sentence.
    void readInto(const Token *tokens, qsizetype count, QList<NumberPhrase> &phrases) const;

    // Nouns for people, singular and plural ("fighter", "fighters", "civilians", "others").
    static bool isPeopleNoun(QStringView norm);
    // The words a number phrase may begin with, for a reader of these vague numbers: the
    // qualifiers' first words, the number words, "a", "an", "half", "another" and the vague
    // phrases' first words (the TokenClass::NumberStarter list, for the codebook's defaults).
    static QStringList starterWords(const VagueNumbers &vague);

private:
    // What a word found in m_starters may begin (bits, or-ed).
    enum StarterKind : quint8 {
        BeginsQualifier = 1, // the first word of a qualifier ("at" of "at least")
        BeginsCore = 2,      // a number readCore() may read: "a", "two", "dozens" ...
    };

    // What a word found in m_starters may begin, and the qualifiers it is the first word of.
    struct Starter
    {
        quint8 kind = 0;       // StarterKind bits
        QList<int> qualifiers; // indexes into the qualifier table, in its order
    };
    // The word's entry in m_starters, or nullptr. Asked at every word by a reader whose
    // starters the tokenizer's filter does not all let through (m_filterPassesStarters), and
    // of a few words by any reader: inline.
    const Starter *findStarter(QStringView word) const
    {
        const qsizetype size = word.size();
        const char16_t *const units = word.utf16();
        const char16_t first = size > 0 ? char16_t(units[0] - u'a') : char16_t(0xFFFF);
        const char16_t last = size > 0 ? char16_t(units[size - 1] - u'a') : char16_t(0xFFFF);
        if ((first < 26) & (last < 26)) {
            const quint32 lengths = m_starterLengths[first * 26 + last];
            if (!((lengths >> std::min<qsizetype>(size, 31)) & 1u))
                return nullptr;
        } else if (!m_otherStarters) {
            return nullptr;
        }
        return m_starters.find(word);
    }
    // What the word may begin (StarterKind bits), 0 for any other word.
    quint8 starterKind(QStringView word) const
    {
        const Starter *starter = findStarter(word);
        return starter ? starter->kind : 0;
    }

    VagueNumbers m_vague;
    // The words a phrase may begin with: the qualifiers' first words, the number words, "a",
    // "an", "half", "another" and the vague phrases' first words, each with what it may begin.
    // readInto() looks up here every word the tokenizer's filter lets through as a starter.
    WordMap<Starter> m_starters;
    // A filter before m_starters, by first and last letter and length (index first * 26 +
    // last; bit n: a starter of n units, bit 31: of 31 or more): a word beginning and ending
    // with a through z whose bit is clear is no starter. Nearly every word of a text that is
    // no starter is turned away with two loads, no hashing, and few that pass are not one
    // (so the branch after it is hardly ever taken the wrong way twice).
    quint32 m_starterLengths[26 * 26] = {};
    // a starter begins or ends with something else than a through z
    bool m_otherStarters = false;
    // TokenClass::NumberStarter, the filter the tokenizer asked, lets every starter through: a
    // token without that bit is no starter, and readInto() looks up only those with it. (False
    // only for a reader of other vague numbers than the codebook's, whose words the filter may
    // turn away: it asks findStarter() at every word.)
    bool m_filterPassesStarters = false;
};
