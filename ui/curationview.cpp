#include "ui/curationview.h"

#include "ui/marklegend.h"

#include "core/review/vocabularylabels.h"
#include "core/store/projectstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum ListColumn { KindColumn, TextColumn, ReadersColumn, DecisionColumn };

QString number(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QString();
}
} // namespace

CurationView::CurationView(ProjectStore *store, qint64 articleId, const QString &adjudicator,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_articleId(articleId)
    , m_adjudicator(adjudicator)
    , m_merge(load(store, articleId, &m_title))
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    if (!m_merge.isValid()) {
        m_heading->setText(tr("This article cannot be curated: %1").arg(m_merge.error()));
        layout->addStretch();
        return;
    }
    const QStringList owners = m_merge.owners();
    m_heading->setText(
        tr("<b>Curating</b> <i>%1</i> from %2: %n agreed unit(s) go into the gold as they "
           "are; ",
           nullptr, m_merge.agreedCount())
            .arg(m_title.toHtmlEscaped(), owners.join(QStringLiteral(", ")).toHtmlEscaped())
        + tr("%n unit(s) differ and wait for your choice.", nullptr,
             int(m_merge.differing().size())));
    m_display = DisplayMap(m_merge.set(owners.first()).article.text);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildTextPane());
    splitter->addWidget(buildChoicePane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    fillList();
    markUnits();
    updateCounter();
    showRow(m_merge.differing().isEmpty() ? -1 : 0);
    m_list->setFocus();
}

CurationMerge CurationView::load(ProjectStore *store, qint64 articleId, QString *title)
{
    // Every annotator's set of the article; an earlier curated set is not a reading of its own.
    QMap<QString, Document> sets;
    if (store) {
        for (const ProjectStore::AnnotationSet &set : store->sets(articleId)) {
            if (set.owner == ProjectStore::curatedOwner() || set.owner.isEmpty())
                continue;
            if (std::optional<Document> document = store->loadDocument(articleId, set.owner)) {
                *title = document->article.title;
                sets.insert(set.owner, *document);
            }
        }
    }
    return CurationMerge(sets, SpanMatch::Lenient);
}

QTextCharFormat CurationView::agreedFormat()
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    f.setUnderlineColor(QColor(0x00, 0x9E, 0x73));
    f.setBackground(QColor(0x00, 0x9E, 0x73, 40));
    return f;
}

QTextCharFormat CurationView::differingFormat(bool decided)
{
    QTextCharFormat f;
    if (decided) {
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(QColor(0x00, 0x72, 0xB2));
        f.setBackground(QColor(0x00, 0x72, 0xB2, 40));
    } else {
        // Lines above and below; a wave underline or bold would be the obvious choice, but
        // Qt 6.4 draws neither in a QPlainTextEdit's extra selections.
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setFontOverline(true);
        f.setUnderlineColor(QColor(0xD5, 0x5E, 0x00));
        f.setBackground(QColor(0xD5, 0x5E, 0x00, 55));
    }
    return f;
}

QWidget *CurationView::buildTextPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *legend = new MarkLegend(pane);
    legend->addEntry(tr("Agreed"), agreedFormat());
    legend->addEntry(tr("Differs, undecided"), differingFormat(false));
    legend->addEntry(tr("Differs, decided"), differingFormat(true));
    layout->addWidget(legend);

    m_text = new QPlainTextEdit(pane);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setPlainText(m_display.text());
    m_text->setAccessibleName(tr("Article text with the units marked"));
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);
    return pane;
}

QWidget *CurationView::buildChoicePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    m_list = new QTreeWidget(pane);
    m_list->setHeaderLabels({tr("Kind"), tr("Text"), tr("Marked by"), tr("Decision")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ReadersColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DecisionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Units the annotators differ on"));
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { showRow(currentRow()); });
    layout->addWidget(m_list, 2);

    m_versions = new QTableWidget(pane);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionMode(QAbstractItemView::NoSelection);
    m_versions->setFocusPolicy(Qt::NoFocus);
    m_versions->setWordWrap(true);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_versions->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->setAccessibleName(tr("Each annotator's version of the selected unit"));
    layout->addWidget(m_versions, 2);

    auto *keys = new QLabel(tr("1-9: take annotator N's version    0 or Delete: drop the unit    "
                               "Up/Down: move between units"),
                            pane);
    keys->setWordWrap(true);
    layout->addWidget(keys);

    auto *bottom = new QHBoxLayout;
    m_counter = new QLabel(pane);
    bottom->addWidget(m_counter, 1);
    m_save = new QPushButton(tr("&Save as Gold"), pane);
    m_save->setToolTip(tr("Enabled once every differing unit is decided"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    m_status = new QLabel(pane);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    return pane;
}

void CurationView::fillList()
{
    for (int row = 0; row < m_merge.differing().size(); ++row) {
        const CurationMerge::Unit &unit = m_merge.units().at(m_merge.differing().at(row));
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(KindColumn, kindLabel(unit.kind));
        item->setText(TextColumn, unitText(unit));
        item->setText(ReadersColumn,
                      tr("%1 of %2").arg(unit.versions.size()).arg(m_merge.owners().size()));
        item->setToolTip(ReadersColumn, unit.versions.keys().join(QStringLiteral(", ")));
        updateRow(row);
    }
}

void CurationView::markUnits()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (int u = 0; u < m_merge.units().size(); ++u) {
        const CurationMerge::Unit &unit = m_merge.units().at(u);
        if (unit.start < 0 || unit.end <= unit.start)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(m_display.toDisplay(unit.start));
        mark.cursor.setPosition(m_display.toDisplay(unit.end), QTextCursor::KeepAnchor);
        mark.format = unit.agreed ? agreedFormat() : differingFormat(m_merge.isDecided(u));
        mark.format.setToolTip(unit.agreed ? tr("%1, agreed").arg(kindLabel(unit.kind))
                                           : tr("%1: %2").arg(kindLabel(unit.kind),
                                                              decisionText(u)));
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}

int CurationView::currentRow() const
{
    if (!m_list || !m_list->currentItem())
        return -1;
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void CurationView::showRow(int row)
{
    if (!isValid())
        return;
    if (row < 0 || row >= m_list->topLevelItemCount()) {
        showVersions(-1);
        return;
    }
    if (currentRow() != row) {
        m_list->setCurrentItem(m_list->topLevelItem(row)); // comes back here through the signal
        return;
    }
    const int u = m_merge.differing().at(row);
    showVersions(u);
    const CurationMerge::Unit &unit = m_merge.units().at(u);
    QTextCursor cursor(m_text->document());
    if (unit.start >= 0 && unit.end > unit.start) {
        cursor.setPosition(m_display.toDisplay(unit.start));
        cursor.setPosition(m_display.toDisplay(unit.end), QTextCursor::KeepAnchor);
    }
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void CurationView::showVersions(int u)
{
    m_versions->clear();
    if (u < 0) {
        m_versions->setRowCount(0);
        m_versions->setColumnCount(1);
        m_versions->setHorizontalHeaderLabels({m_merge.differing().isEmpty()
                                                   ? tr("Every annotator agrees")
                                                   : tr("Select a unit")});
        return;
    }
    const CurationMerge::Unit &unit = m_merge.units().at(u);
    const CurationMerge::Decision decision = m_merge.decision(u);
    const QStringList owners = m_merge.owners();
    const QStringList names = fieldNames(unit.kind);
    m_versions->setColumnCount(int(owners.size()));
    m_versions->setRowCount(int(names.size()));
    m_versions->setVerticalHeaderLabels(names);
    QList<QStringList> values;
    for (const QString &owner : owners)
        values.append(fieldValues(unit, owner));
    for (int c = 0; c < owners.size(); ++c) {
        const bool chosen = decision.choice == CurationMerge::Choice::Picked
                            && decision.owner == owners.at(c);
        // The chosen column says so in words as well as with the check mark.
        auto *header = new QTableWidgetItem(
            chosen ? tr("%1  %2  \u2713 chosen").arg(c + 1).arg(owners.at(c))
                   : tr("%1  %2").arg(c + 1).arg(owners.at(c)));
        if (chosen) {
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
        }
        m_versions->setHorizontalHeaderItem(c, header);
        const bool marked = unit.versions.contains(owners.at(c));
        for (int r = 0; r < names.size(); ++r) {
            auto *item = new QTableWidgetItem;
            if (!marked) {
                item->setText(r == 0 ? tr("(not marked)") : QString());
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            } else {
                item->setText(values.at(c).value(r));
                // A value another annotator gave differently is in bold.
                bool differs = false;
                for (int o = 0; o < owners.size(); ++o) {
                    if (unit.versions.contains(owners.at(o))
                        && values.at(o).value(r) != values.at(c).value(r))
                        differs = true;
                }
                if (differs) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
            m_versions->setItem(r, c, item);
        }
    }
}

void CurationView::choose(int number)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int u = m_merge.differing().at(row);
    if (number == 0) {
        m_merge.drop(u);
    } else if (number <= m_merge.owners().size()) {
        m_merge.pick(u, m_merge.owners().at(number - 1));
    } else {
        m_status->setText(tr("There is no annotator %1 on this article.").arg(number));
        return;
    }
    m_status->clear();
    updateRow(row);
    markUnits();
    updateCounter();
    if (row + 1 < m_list->topLevelItemCount())
        showRow(row + 1);
    else
        showVersions(u);
}

bool CurationView::save()
{
    if (!isValid() || !m_merge.isComplete())
        return false;
    Document gold = m_merge.merged();
    if (!m_store->markCuratedGold(m_articleId, gold, m_adjudicator)) {
        m_status->setText(tr("Not saved: %1").arg(m_store->lastError()));
        return false;
    }
    m_status->setText(tr("Saved as the gold of \u201c%1\u201d: %2 mention(s), %3 affiliation(s), "
                         "%4 casualty figure(s), %5 event(s).")
                          .arg(m_title)
                          .arg(gold.mentions.size())
                          .arg(gold.affiliations.size())
                          .arg(gold.casualties.size())
                          .arg(gold.events.size()));
    emit saved(m_articleId);
    return true;
}

bool CurationView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_list && watched != m_text))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QWidget::eventFilter(watched, event);
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        choose(key->key() - Qt::Key_0);
        return true;
    }
    if (key->key() == Qt::Key_0 || key->key() == Qt::Key_Delete) {
        choose(0);
        return true;
    }
    if (watched == m_text && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        const int row = currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
        if (row >= 0 && row < m_list->topLevelItemCount())
            showRow(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CurationView::updateRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    const int u = m_merge.differing().at(row);
    item->setText(DecisionColumn, decisionText(u));
    QFont font = item->font(DecisionColumn);
    font.setItalic(!m_merge.isDecided(u));
    item->setFont(DecisionColumn, font);
}

void CurationView::updateCounter()
{
    const int decided = m_merge.decidedCount();
    const int total = int(m_merge.differing().size());
    m_counter->setText(tr("%1 of %2 decided").arg(decided).arg(total));
    m_save->setEnabled(m_merge.isComplete());
}

QString CurationView::decisionText(int u) const
{
    const CurationMerge::Decision d = m_merge.decision(u);
    switch (d.choice) {
    case CurationMerge::Choice::Undecided:
        return tr("undecided");
    case CurationMerge::Choice::Dropped:
        return tr("dropped");
    case CurationMerge::Choice::Picked:
        break;
    }
    const int number = int(m_merge.owners().indexOf(d.owner)) + 1;
    return m_merge.units().at(u).versions.contains(d.owner)
               ? tr("%1's version (%2)").arg(d.owner).arg(number)
               : tr("dropped, as %1 (%2)").arg(d.owner).arg(number);
}

QString CurationView::unitText(const CurationMerge::Unit &unit) const
{
    if (unit.kind == CurationMerge::Kind::Affiliation || unit.kind == CurationMerge::Kind::Event
        || unit.start < 0) {
        const QString owner = unit.versions.firstKey();
        const QStringList values = fieldValues(unit, owner);
        if (unit.kind == CurationMerge::Kind::Affiliation)
            return tr("%1 %2 %3").arg(values.value(0), values.value(1), values.value(2));
        return values.value(0);
    }
    const int from = m_display.toDisplay(unit.start);
    return m_display.text().mid(from, m_display.toDisplay(unit.end) - from).simplified();
}

QString CurationView::kindLabel(CurationMerge::Kind kind) const
{
    switch (kind) {
    case CurationMerge::Kind::Mention:
        return tr("Entity");
    case CurationMerge::Kind::Affiliation:
        return tr("Affiliation");
    case CurationMerge::Kind::Casualty:
        return tr("Casualties");
    case CurationMerge::Kind::Event:
        return tr("Event");
    }
    return QString();
}

QStringList CurationView::fieldNames(CurationMerge::Kind kind) const
{
    switch (kind) {
    case CurationMerge::Kind::Mention:
        return {tr("Text"), tr("Type"), tr("Span")};
    case CurationMerge::Kind::Affiliation:
        return {tr("Actor"), tr("Relation"), tr("Target"), tr("Former"), tr("Stance"),
                tr("Attributed to"), tr("Stated in")};
    case CurationMerge::Kind::Casualty:
        return {tr("Text"), tr("Kind"), tr("Victim"), tr("Low"), tr("Best"), tr("High"),
                tr("Span")};
    case CurationMerge::Kind::Event:
        return {tr("Event type"), tr("Sub-type"), tr("Actor 1"), tr("Actor 2"), tr("Location"),
                tr("Date"), tr("Fatalities"), tr("Figures")};
    }
    return {};
}

QStringList CurationView::fieldValues(const CurationMerge::Unit &unit, const QString &owner) const
{
    auto span = [](int start, int end) { return tr("%1\u2013%2").arg(start).arg(end); };
    auto shown = [this](int start, int end) {
        const int from = m_display.toDisplay(start);
        return m_display.text().mid(from, m_display.toDisplay(end) - from).simplified();
    };
    if (const Mention *m = m_merge.mention(unit, owner))
        return {m->text, VocabularyLabels::label(m->type), span(m->start, m->end)};
    if (const CasualtyFigure *f = m_merge.casualty(unit, owner))
        return {f->text, VocabularyLabels::label(f->kind), f->victim, number(f->low),
                number(f->best), number(f->high), span(f->start, f->end)};
    if (const Affiliation *a = m_merge.affiliation(unit, owner))
        return {a->actor, VocabularyLabels::label(a->relation), a->relationTarget,
                VocabularyLabels::yesNo(a->former), VocabularyLabels::label(a->stance),
                a->attributedTo, shown(a->start, a->end)};
    if (const Event *e = m_merge.event(unit, owner)) {
        QStringList figures;
        for (int figure : m_merge.figureUnits(unit, owner)) {
            const CurationMerge::Unit &f = m_merge.units().at(figure);
            figures << shown(f.start, f.end);
        }
        return {e->eventType, e->subEventType, e->actor1, e->actor2, e->location,
                QLocale().toString(e->date, QLocale::ShortFormat), QLocale().toString(e->fatalities),
                figures.join(QStringLiteral("; "))};
    }
    return {};
}
