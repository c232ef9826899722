#include "ui/exportdialog.h"

#include "core/store/projectstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Export Dataset"));
    auto *form = new QFormLayout;

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    for (DatasetFormat format : DatasetFormats::all())
        m_format->addItem(DatasetFormats::description(format), int(format));
    form->addRow(tr("&Format:"), m_format);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("path"));
    auto *browseButton = new QPushButton(tr("&Browse..."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&Save to:"), pathRow);

    m_statuses = new QListWidget;
    m_statuses->setObjectName(QStringLiteral("statuses"));
    for (const QString &status : allSpellings<Status>()) {
        auto *item = new QListWidgetItem(status, m_statuses);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_statuses->setMaximumHeight(m_statuses->sizeHintForRow(0) * 6);
    form->addRow(tr("S&tatuses:"), m_statuses);

    m_annotators = new QLineEdit;
    m_annotators->setObjectName(QStringLiteral("annotators"));
    m_annotators->setPlaceholderText(tr("everyone (or names separated by commas)"));
    form->addRow(tr("&Annotators:"), m_annotators);

    m_articles = new QLineEdit;
    m_articles->setObjectName(QStringLiteral("articles"));
    m_articles->setPlaceholderText(tr("all (or ids such as 1, 2, 5)"));
    form->addRow(tr("A&rticles:"), m_articles);

    m_dates = new QGroupBox(tr("&Published between"));
    m_dates->setObjectName(QStringLiteral("dates"));
    m_dates->setCheckable(true);
    m_dates->setChecked(false);
    m_from = new QDateEdit(QDate::currentDate().addYears(-1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *dateRow = new QHBoxLayout(m_dates);
    dateRow->addWidget(m_from);
    dateRow->addWidget(new QLabel(tr("and")));
    dateRow->addWidget(m_to);
    form->addRow(m_dates);

    m_history = new QCheckBox(tr("Include each article's &history of changes"));
    m_history->setObjectName(QStringLiteral("history"));
    form->addRow(m_history);
    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("scheme"));
    for (TagScheme scheme : {TagScheme::Iob2, TagScheme::Iob1, TagScheme::Bioes})
        m_scheme->addItem(DatasetFormats::name(scheme).toUpper(), int(scheme));
    form->addRow(tr("&Tags:"), m_scheme);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const auto format = DatasetFormat(m_format->currentData().toInt());
    m_history->setEnabled(format == DatasetFormat::Jsonl);
    m_scheme->setEnabled(format == DatasetFormat::Conll);
}

void ExportDialog::browse()
{
    const auto format = DatasetFormat(m_format->currentData().toInt());
    QString path;
    if (DatasetFormats::writesFolder(format)) {
        path = QFileDialog::getSaveFileName(this, tr("Export to Folder"), m_path->text(), QString(),
                                            nullptr, QFileDialog::ShowDirsOnly);
    } else {
        const QString suffix = DatasetFormats::suffix(format);
        path = QFileDialog::getSaveFileName(this, tr("Export Dataset"), m_path->text(),
                                            tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    }
    if (!path.isEmpty())
        m_path->setText(path);
}

DatasetExporter::Options ExportDialog::options() const
{
    DatasetExporter::Options options;
    options.format = DatasetFormat(m_format->currentData().toInt());
    options.path = m_path->text().trimmed();
    options.history = m_history->isEnabled() && m_history->isChecked();
    options.scheme = TagScheme(m_scheme->currentData().toInt());
    bool allStatuses = true;
    for (int i = 0; i < m_statuses->count(); ++i) {
        const QListWidgetItem *item = m_statuses->item(i);
        if (item->checkState() == Qt::Checked)
            options.filter.statuses.append(*fromString<Status>(item->text()));
        else
            allStatuses = false;
    }
    if (allStatuses)
        options.filter.statuses.clear();
    for (const QString &name : m_annotators->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.filter.annotators.append(name.trimmed());
    for (const QString &id : m_articles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.filter.articleIds.append(id.trimmed().toLongLong());
    if (m_dates->isChecked()) {
        options.filter.from = m_from->date();
        options.filter.to = m_to->date();
    }
    return options;
}

void ExportDialog::accept()
{
    const DatasetExporter::Options chosen = options();
    if (chosen.path.isEmpty()) {
        m_message->setText(tr("Choose where to save the export."));
        return;
    }
    if (m_statuses->count() > 0 && chosen.filter.statuses.isEmpty()) {
        bool anyChecked = false;
        for (int i = 0; i < m_statuses->count(); ++i)
            anyChecked = anyChecked || m_statuses->item(i)->checkState() == Qt::Checked;
        if (!anyChecked) {
            m_message->setText(tr("Tick at least one status."));
            return;
        }
    }
    for (const QString &id : m_articles->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        if (id.trimmed().toLongLong(&ok) < 1 || !ok) {
            m_message->setText(tr("\"%1\" is not an article id.").arg(id.trimmed()));
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_outcome = DatasetExporter::run(m_store, chosen);
    QApplication::restoreOverrideCursor();
    if (!m_outcome.ok) {
        m_message->setText(m_outcome.error);
        return;
    }
    QDialog::accept();
}

void ExportDialog::run(const ProjectStore &store, QWidget *parent)
{
    ExportDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMessageBox::information(parent, tr("Export Dataset"), dialog.outcome().summary());
}
