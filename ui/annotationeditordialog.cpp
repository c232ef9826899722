#include "ui/annotationeditordialog.h"

#include "core/review/review.h"
#include "core/review/reviewsession.h"
#include "core/review/vocabularylabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

AnnotationEditorDialog::AnnotationEditorDialog(const ReviewSession &session, AnnotationKind kind,
                                               int row, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_row(row)
{
    setObjectName(QStringLiteral("annotationEditor"));
    for (const KbEntry &entry : session.knowledgeBase().entries())
        m_names << entry.canonical;
    m_names.removeDuplicates();
    m_names.sort(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *quote = new QLabel(this);
    quote->setWordWrap(true);
    if (const auto span = session.span(kind, row))
        quote->setText(tr("\u201c%1\u201d").arg(session.slice(span->start, span->end)));
    layout->addWidget(quote);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    switch (kind) {
    case AnnotationKind::Mention:
        setWindowTitle(tr("Edit Mention"));
        buildMention(form);
        break;
    case AnnotationKind::Affiliation:
        setWindowTitle(tr("Edit Affiliation"));
        buildAffiliation(form);
        break;
    case AnnotationKind::Casualty:
        setWindowTitle(tr("Edit Casualty Figure"));
        buildCasualty(form);
        break;
    case AnnotationKind::Event:
        setWindowTitle(tr("Edit Event"));
        buildEvent(form);
        break;
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d00000; font-weight: bold"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotationEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnnotationEditorDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit *AnnotationEditorDialog::nameEdit(const QString &objectName, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    auto *completer = new QCompleter(m_names, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    return edit;
}

QSpinBox *AnnotationEditorDialog::countBox(const QString &objectName,
                                           const std::optional<qint64> &value)
{
    // -1 stands for "not stated" (an optional number): the box shows "unknown" there.
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(-1, 100000000);
    box->setSpecialValueText(tr("unknown"));
    box->setValue(value ? int(*value) : -1);
    return box;
}

template<typename Enum>
QComboBox *AnnotationEditorDialog::enumBox(const QString &objectName, const QList<Enum> &values,
                                           Enum current)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    for (Enum value : values) {
        box->addItem(VocabularyLabels::label(value), int(value));
        if (value == current)
            box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

void AnnotationEditorDialog::buildMention(QFormLayout *form)
{
    const Mention &m = m_session.document().mentions.at(m_row);
    m_type = enumBox<EntityType>(QStringLiteral("type"),
                                 {EntityType::ArmedGroup, EntityType::StateForce, EntityType::State,
                                  EntityType::Person, EntityType::Location, EntityType::Date,
                                  EntityType::Source},
                                 m.type);
    m_canonical = nameEdit(QStringLiteral("canonical"), m.canonical);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Canonical name:"), m_canonical);
}

void AnnotationEditorDialog::buildAffiliation(QFormLayout *form)
{
    const Affiliation &a = m_session.document().affiliations.at(m_row);
    m_actor = nameEdit(QStringLiteral("actor"), a.actor);
    m_relation = enumBox<Relation>(QStringLiteral("relation"),
                                   {Relation::AffiliatedWith, Relation::BackedBy, Relation::PartOf,
                                    Relation::AlliedWith, Relation::SplinterOf},
                                   a.relation);
    m_target = nameEdit(QStringLiteral("target"), a.relationTarget);
    m_former = new QCheckBox(tr("a &former relation"), this);
    m_former->setObjectName(QStringLiteral("former"));
    m_former->setChecked(a.former);
    m_stance = enumBox<Stance>(QStringLiteral("stance"),
                               {Stance::Asserted, Stance::Reported, Stance::Alleged}, a.stance);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("Tar&get:"), m_target);
    form->addRow(QString(), m_former);
    form->addRow(tr("&Stance:"), m_stance);
}

void AnnotationEditorDialog::buildCasualty(QFormLayout *form)
{
    const CasualtyFigure &c = m_session.document().casualties.at(m_row);
    m_casualtyKind = enumBox<CasualtyKind>(
        QStringLiteral("kind"),
        {CasualtyKind::Killed, CasualtyKind::Wounded, CasualtyKind::Captured, CasualtyKind::Missing,
         CasualtyKind::Unknown},
        c.kind);
    m_victim = nameEdit(QStringLiteral("victim"), c.victim);
    m_perpetrator = nameEdit(QStringLiteral("perpetrator"), c.perpetrator);
    m_low = countBox(QStringLiteral("low"), c.low);
    m_best = countBox(QStringLiteral("best"), c.best);
    m_high = countBox(QStringLiteral("high"), c.high);
    m_precision = enumBox<Precision>(QStringLiteral("precision"),
                                     {Precision::Exact, Precision::AtLeast, Precision::AtMost,
                                      Precision::Approximate, Precision::Range, Precision::Vague},
                                     c.precision);
    m_hedged = new QCheckBox(tr("&hedged (reportedly, allegedly, claimed)"), this);
    m_hedged->setObjectName(QStringLiteral("hedged"));
    m_hedged->setChecked(c.hedged);
    m_scope = enumBox<Scope>(QStringLiteral("scope"), {Scope::Event, Scope::Period}, c.scope);
    form->addRow(tr("&Kind:"), m_casualtyKind);
    form->addRow(tr("&Victim:"), m_victim);
    form->addRow(tr("&Perpetrator:"), m_perpetrator);
    form->addRow(tr("&Low:"), m_low);
    form->addRow(tr("&Best:"), m_best);
    form->addRow(tr("&High:"), m_high);
    form->addRow(tr("P&recision:"), m_precision);
    form->addRow(QString(), m_hedged);
    form->addRow(tr("&Scope:"), m_scope);
}

QComboBox *AnnotationEditorDialog::precisionBox(const QString &objectName,
                                                const QStringList &labels, int current)
{
    // Index i is precision i; 0 is "unknown".
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItems(labels);
    box->setCurrentIndex(qBound(0, current, int(labels.size()) - 1));
    return box;
}

void AnnotationEditorDialog::buildEvent(QFormLayout *form)
{
    const Event &e = m_session.document().events.at(m_row);
    m_eventType = new QComboBox(this);
    m_eventType->setObjectName(QStringLiteral("eventType"));
    m_eventType->setEditable(true);
    // ACLED's event types keep their English names: they are values of the export format.
    m_eventType->addItems({QStringLiteral("Battles"),
                           QStringLiteral("Explosions/Remote violence"),
                           QStringLiteral("Violence against civilians"),
                           QStringLiteral("Protests"), QStringLiteral("Riots"),
                           QStringLiteral("Strategic developments")});
    m_eventType->setCurrentText(e.eventType);
    m_subEventType = new QLineEdit(e.subEventType, this);
    m_subEventType->setObjectName(QStringLiteral("subEventType"));
    m_actor1 = nameEdit(QStringLiteral("actor1"), e.actor1);
    m_actor2 = nameEdit(QStringLiteral("actor2"), e.actor2);
    m_location = nameEdit(QStringLiteral("location"), e.location);
    m_admin1 = nameEdit(QStringLiteral("admin1"), e.admin1);
    m_geoPrecision = precisionBox(QStringLiteral("geoPrecision"),
                                  {tr("unknown"), tr("1: the named town"), tr("2: near a town"),
                                   tr("3: the region only")},
                                  e.geoPrecision);
    m_date = new QLineEdit(e.date.isValid() ? e.date.toString(Qt::ISODate) : QString(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_timePrecision = precisionBox(QStringLiteral("timePrecision"),
                                   {tr("unknown"), tr("1: the day"), tr("2: the week"),
                                    tr("3: the month")},
                                   e.timePrecision);
    m_fatalities = new QSpinBox(this);
    m_fatalities->setObjectName(QStringLiteral("fatalities"));
    m_fatalities->setRange(0, 100000000);
    m_fatalities->setValue(e.fatalities);
    m_notes = new QLineEdit(e.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    form->addRow(tr("&Type:"), m_eventType);
    form->addRow(tr("S&ub-type:"), m_subEventType);
    form->addRow(tr("Actor &1:"), m_actor1);
    form->addRow(tr("Actor &2:"), m_actor2);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Governorate (admin1):"), m_admin1);
    form->addRow(tr("&Place precision:"), m_geoPrecision);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Date p&recision:"), m_timePrecision);
    form->addRow(tr("&Fatalities:"), m_fatalities);
    form->addRow(tr("&Notes:"), m_notes);
}

namespace {
std::optional<qint64> countOf(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<qint64>(box->value());
}
} // namespace

Mention AnnotationEditorDialog::mention() const
{
    Mention m = m_session.document().mentions.at(m_row);
    m.type = EntityType(m_type->currentData().toInt());
    const QString canonical = m_canonical->text().trimmed();
    if (canonical != m.canonical) {
        // A name the knowledge base knows links to its entry; any other is the analyst's own.
        m.kbId.clear();
        for (const KbEntry &entry : m_session.knowledgeBase().entries()) {
            if (entry.canonical == canonical && entry.type == m.type) {
                m.kbId = entry.id;
                break;
            }
        }
    }
    m.canonical = canonical;
    return m;
}

Affiliation AnnotationEditorDialog::affiliation() const
{
    Affiliation a = m_session.document().affiliations.at(m_row);
    a.actor = m_actor->text().trimmed();
    a.relation = Relation(m_relation->currentData().toInt());
    a.relationTarget = m_target->text().trimmed();
    a.former = m_former->isChecked();
    a.stance = Stance(m_stance->currentData().toInt());
    return a;
}

CasualtyFigure AnnotationEditorDialog::casualty() const
{
    CasualtyFigure c = m_session.document().casualties.at(m_row);
    c.kind = CasualtyKind(m_casualtyKind->currentData().toInt());
    c.victim = m_victim->text().trimmed();
    c.perpetrator = m_perpetrator->text().trimmed();
    c.low = countOf(m_low);
    c.best = countOf(m_best);
    c.high = countOf(m_high);
    c.precision = Precision(m_precision->currentData().toInt());
    c.hedged = m_hedged->isChecked();
    c.scope = Scope(m_scope->currentData().toInt());
    return c;
}

Event AnnotationEditorDialog::event() const
{
    Event e = m_session.document().events.at(m_row);
    e.eventType = m_eventType->currentText().trimmed();
    e.subEventType = m_subEventType->text().trimmed();
    e.actor1 = m_actor1->text().trimmed();
    e.actor2 = m_actor2->text().trimmed();
    e.location = m_location->text().trimmed();
    e.admin1 = m_admin1->text().trimmed();
    e.geoPrecision = m_geoPrecision->currentIndex();
    e.date = QDate::fromString(m_date->text().trimmed(), Qt::ISODate);
    e.timePrecision = m_timePrecision->currentIndex();
    e.fatalities = m_fatalities->value();
    e.notes = m_notes->text().trimmed();
    return e;
}

QString AnnotationEditorDialog::validate() const
{
    switch (m_kind) {
    case AnnotationKind::Mention:
        return Review::checkMention(m_session, mention());
    case AnnotationKind::Affiliation:
        return Review::checkAffiliation(m_session, affiliation());
    case AnnotationKind::Casualty:
        return Review::checkCasualty(m_session, casualty());
    case AnnotationKind::Event: {
        const QString date = m_date->text().trimmed();
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            return tr("\u201c%1\u201d is not a date: write it as YYYY-MM-DD, or leave it empty.")
                .arg(date);
        return Review::checkEvent(event());
    }
    }
    return {};
}

void AnnotationEditorDialog::accept()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}
