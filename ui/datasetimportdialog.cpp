#include "ui/datasetimportdialog.h"

#include "core/store/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

DatasetImportDialog::DatasetImportDialog(ProjectStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Import Dataset"));
    auto *form = new QFormLayout;
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    for (DatasetFormat format : DatasetFormats::importable())
        m_format->addItem(DatasetFormats::description(format), int(format));
    form->addRow(tr("&Format:"), m_format);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("path"));
    auto *browseButton = new QPushButton(tr("&Browse..."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    form->addRow(tr("F&ile:"), pathRow);
    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("scheme"));
    for (TagScheme scheme : {TagScheme::Iob2, TagScheme::Iob1, TagScheme::Bioes})
        m_scheme->addItem(DatasetFormats::name(scheme).toUpper(), int(scheme));
    form->addRow(tr("&Tags (CoNLL):"), m_scheme);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatasetImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatasetImportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &DatasetImportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        m_scheme->setEnabled(DatasetFormat(m_format->currentData().toInt()) == DatasetFormat::Conll);
    });
    m_scheme->setEnabled(false);
}

void DatasetImportDialog::browse()
{
    const auto format = DatasetFormat(m_format->currentData().toInt());
    const QString path = DatasetFormats::writesFolder(format)
                             ? QFileDialog::getExistingDirectory(this, tr("brat Folder"))
                             : QFileDialog::getOpenFileName(this, tr("Import Dataset"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void DatasetImportDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to import."));
        return;
    }
    DatasetReader::Options options;
    options.scheme = TagScheme(m_scheme->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_outcome = DatasetImporter::run(m_store, DatasetFormat(m_format->currentData().toInt()), path,
                                     options);
    QApplication::restoreOverrideCursor();
    if (!m_outcome.ok) {
        m_message->setText(m_outcome.summary());
        return;
    }
    QDialog::accept();
}

bool DatasetImportDialog::run(ProjectStore &store, QWidget *parent)
{
    DatasetImportDialog dialog(store, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QMessageBox::information(parent, tr("Import Dataset"), dialog.outcome().summary());
    return dialog.outcome().imported > 0;
}
