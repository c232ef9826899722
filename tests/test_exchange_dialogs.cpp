#include "ui/datasetimportdialog.h"
#include "ui/exportdialog.h"

#include "core/store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// Drives the export and import dialogs as an analyst would: fill the fields, press the button,
// and check the files written and the project.
class TestExchangeDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    static void press(QDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = ProjectStore::open(m_dir.filePath("p.cwb"), ProjectStore::OpenMode::CreateIfMissing,
                                     &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void importDialogImportsAndRefusesMalformedFiles()
    {
        DatasetImportDialog dialog(*m_store);
        dialog.show();
        const QString bad = m_dir.filePath("bad.jsonl");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"text\": \"x\"}\n{not json\n");
        file.close();
        dialog.findChild<QLineEdit *>("path")->setText(bad);
        press(dialog);
        QVERIFY(dialog.isVisible()); // stays open with the reason
        QVERIFY2(dialog.findChild<QLabel *>("message")->text().contains("line 2"),
                 qPrintable(dialog.findChild<QLabel *>("message")->text()));
        QCOMPARE(m_store->counts().articles, 0);

        dialog.findChild<QLineEdit *>("path")->setText(CWB_FIXTURES_DIR "/exchange/awkward.jsonl");
        press(dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.outcome().imported, 2);
        QCOMPARE(m_store->counts().articles, 2);
    }

    void exportDialogWritesTheFormatWithFilters()
    {
        ExportDialog dialog(*m_store);
        dialog.show();
        auto *format = dialog.findChild<QComboBox *>("format");
        format->setCurrentIndex(format->findData(int(DatasetFormat::Conll)));
        QVERIFY(dialog.findChild<QComboBox *>("scheme")->isEnabled());
        QVERIFY(!dialog.findChild<QCheckBox *>("history")->isEnabled());
        auto *scheme = dialog.findChild<QComboBox *>("scheme");
        scheme->setCurrentIndex(scheme->findData(int(TagScheme::Bioes)));
        auto *statuses = dialog.findChild<QListWidget *>("statuses");
        for (int i = 0; i < statuses->count(); ++i) {
            if (statuses->item(i)->text() == "proposed")
                statuses->item(i)->setCheckState(Qt::Unchecked);
        }
        dialog.findChild<QLineEdit *>("articles")->setText("1");
        const QString out = m_dir.filePath("out.conll");

        press(dialog); // no path yet
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>("message")->text().isEmpty());

        dialog.findChild<QLineEdit *>("path")->setText(out);
        press(dialog);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.outcome().ok);
        QCOMPARE(dialog.outcome().articles, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains("Jund B-ARMED_GROUP\nal-Aqsa E-ARMED_GROUP\n"));
        QVERIFY(!text.contains("HTS")); // article 2 left out
        // The proposed second Saráqib is filtered out, the confirmed first one stays.
        QCOMPARE(text.count("S-LOCATION"), 2); // Saráqib (title), إدلب
        QVERIFY(QFile::exists(out + ".loss.txt"));
        QVERIFY(dialog.outcome().summary().contains("Loss report"));
    }
};

QTEST_MAIN(TestExchangeDialogs)
#include "test_exchange_dialogs.moc"
