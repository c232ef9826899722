#include "ui/annotatorsdialog.h"

#include "core/store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

AnnotatorsDialog::AnnotatorsDialog(ProjectStore &store, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
{
    setObjectName(QStringLiteral("annotatorsDialog"));
    setWindowTitle(tr("Annotators"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("annotatorList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Added by"), tr("Added")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItem(tr("trainee"), int(ProjectStore::AnnotatorRole::Trainee));
    m_role->addItem(tr("analyst"), int(ProjectStore::AnnotatorRole::Analyst));
    m_role->addItem(tr("adjudicator"), int(ProjectStore::AnnotatorRole::Adjudicator));
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("add"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_role);
    row->addWidget(addButton);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &AnnotatorsDialog::add);
    connect(m_name, &QLineEdit::returnPressed, this, &AnnotatorsDialog::add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 360);
    reload();
}

void AnnotatorsDialog::reload()
{
    m_list->clear();
    for (const ProjectStore::Annotator &annotator : m_store.annotators()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, annotator.name);
        item->setText(1, m_role->itemText(m_role->findData(int(annotator.role))));
        item->setText(2, annotator.addedBy);
        item->setText(3, QLocale().toString(annotator.addedAt.toLocalTime(),
                                            QLocale::ShortFormat));
    }
}

void AnnotatorsDialog::add()
{
    const QString name = m_name->text().trimmed();
    const auto role = ProjectStore::AnnotatorRole(m_role->currentData().toInt());
    if (!m_store.addAnnotator(name, role, m_user)) {
        m_message->setText(tr("Not added: %1").arg(m_store.lastError()));
        return;
    }
    m_message->setText(tr("%1 is now a %2 of this project.").arg(name, m_role->currentText()));
    m_name->clear();
    reload();
}
