<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddMentionCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>إضافة «%1»</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>AffiliationModel</name>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>سابقة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>درجة التأكيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AnnotationEditorDialog</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Edit Mention</source>
        <translation>تعديل الإشارة</translation>
    </message>
    <message>
        <source>Edit Affiliation</source>
        <translation>تعديل الانتماء</translation>
    </message>
    <message>
        <source>Edit Casualty Figure</source>
        <translation>تعديل حصيلة الضحايا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Canonical name:</source>
        <translation>&amp;الاسم المعتمد:</translation>
    </message>
    <message>
        <source>a &amp;former relation</source>
        <translation>&amp;علاقة سابقة</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;الفاعل:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;العلاقة:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>ال&amp;طرف الآخر:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;درجة التأكيد:</translation>
    </message>
    <message>
        <source>&amp;hedged (reportedly, allegedly, claimed)</source>
        <translation>&amp;بصيغة متحفّظة (بحسب التقارير، يُزعم، يُدّعى)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;الفئة:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;الضحية:</translation>
    </message>
    <message>
        <source>&amp;Perpetrator:</source>
        <translation>&amp;الجهة المسؤولة:</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>الحد الأ&amp;دنى:</translation>
    </message>
    <message>
        <source>&amp;Best:</source>
        <translation>&amp;أفضل تقدير:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>الحد الأ&amp;على:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>&amp;الدقة:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;النطاق:</translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>solid line</source>
        <translation>خط متصل</translation>
    </message>
    <message>
        <source>dashes</source>
        <translation>شَرَطات</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>شرطة ونقطة</translation>
    </message>
    <message>
        <source>dots, italic</source>
        <translation>نقاط، مائل</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>خط متموج</translation>
    </message>
    <message>
        <source>dash-dot-dot</source>
        <translation>شرطة ونقطتان</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (المفتاح %2)</translation>
    </message>
    <message>
        <source>Casualty figure</source>
        <translation>حصيلة الضحايا</translation>
    </message>
    <message>
        <source>bold, wave</source>
        <translation>عريض، متموج</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>انتماء</translation>
    </message>
    <message>
        <source>overline</source>
        <translation>خط علوي</translation>
    </message>
    <message>
        <source>Proposed: underline only. Accepted: filled. Rejected: struck out. Grey text is page noise.</source>
        <translation>مقترح: تسطير فقط. مقبول: خلفية ملوّنة. مرفوض: مشطوب. النص الرمادي حشو من الصفحة.</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>Pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>The project could not store it: %1</source>
        <translation>تعذّر على المشروع حفظه: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>استُوردت %n مقالة.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
            <numerusform>استُوردت %n مقالتان.</numerusform>
            <numerusform>استُوردت %n مقالات.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, left as they were.</source>
        <translation>
            <numerusform>%n موجودة مسبقًا في المشروع، وتُركت كما هي.</numerusform>
            <numerusform>%n موجودة مسبقًا في المشروع، وتُركت كما هي.</numerusform>
            <numerusform>%n موجودتان مسبقًا في المشروع، وتُركتا كما هما.</numerusform>
            <numerusform>%n موجودة مسبقًا في المشروع، وتُركت كما هي.</numerusform>
            <numerusform>%n موجودة مسبقًا في المشروع، وتُركت كما هي.</numerusform>
            <numerusform>%n موجودة مسبقًا في المشروع، وتُركت كما هي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>تعذّر استيراد %n مقالة.</numerusform>
            <numerusform>تعذّر استيراد %n مقالة.</numerusform>
            <numerusform>تعذّر استيراد %n مقالتين.</numerusform>
            <numerusform>تعذّر استيراد %n مقالات.</numerusform>
            <numerusform>تعذّر استيراد %n مقالة.</numerusform>
            <numerusform>تعذّر استيراد %n مقالة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>The page contains no readable text.</source>
        <translation>لا تحتوي الصفحة على نص مقروء.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation>تتعذّر قراءة الملف: إنه مجلد.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>تتعذّر قراءة الملف: %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>no file name suffix</source>
        <translation>لا توجد لاحقة لاسم الملف</translation>
    </message>
    <message>
        <source>Not an article file (%1); the workbench reads %2.</source>
        <translation>ليس ملف مقالة (%1)؛ يقرأ البرنامج %2.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>There is no text to import: what was pasted is empty.</source>
        <translation>لا يوجد نص للاستيراد: المحتوى الملصق فارغ.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Affiliation&lt;/b&gt;: %1 %2 %3%4</source>
        <translation>&lt;b&gt;انتماء&lt;/b&gt;: %1 %2 %3%4</translation>
    </message>
    <message>
        <source> (former)</source>
        <translation> (سابق)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Casualty figure&lt;/b&gt;: %1 %2, best %3 (%4)</source>
        <translation>&lt;b&gt;حصيلة الضحايا&lt;/b&gt;: %1 %2، أفضل تقدير %3 (%4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2, from %3, confidence %4</source>
        <translation>%1&lt;br&gt;%2، من %3، الثقة %4</translation>
    </message>
</context>
<context>
    <name>CasualtyModel</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>أفضل تقدير</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>متحفّظ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keyboard Cheat Sheet</source>
        <translation>دليل اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>&lt;p&gt;Accept and reject move on to the next proposal. Reject also takes &lt;b&gt;Delete&lt;/b&gt;: a rejected annotation stays in the project, struck out, so the detectors can learn from it; undo brings it back.&lt;/p&gt;&lt;p&gt;To add an entity, select its words with Shift+arrows (or the mouse) and press its type&apos;s number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ينقلك القبول والرفض إلى المقترح التالي. ويمكن الرفض أيضًا بمفتاح &lt;b&gt;Delete&lt;/b&gt;: يبقى الشرح التوضيحي المرفوض في المشروع مشطوبًا كي تتعلّم منه أدوات الكشف؛ والتراجع يعيده.&lt;/p&gt;&lt;p&gt;لإضافة كيان، حدّد كلماته بمفتاح Shift مع الأسهم (أو بالفأرة) ثم اضغط رقم نوعه.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف "%1".</translation>
    </message>
    <message>
        <source>Usage: cwb COMMAND [OPTIONS]

Commands:
  import PROJECT PATHS...      import articles (.txt, .html, .htm, folders)
  annotate FILE [--json]       read an article and print its document
  export PROJECT --format jsonl --out FILE
                               write the project&apos;s documents
  info PROJECT                 counts by status and type
  kb import PROJECT FILE       add an organisation&apos;s actors or places (.tsv, .csv)
  eval GOLD.jsonl              score the detectors against gold documents
  bench store|match|detect     measure the database, the matcher or detection

Run &quot;cwb COMMAND --help&quot; for a command&apos;s options.

Exit codes: 0 success, 1 usage error, 2 input could not be read or output
not written, 3 project could not be opened or written, 4 some inputs
imported and others failed.
</source>
        <translation>الاستخدام: cwb COMMAND [OPTIONS]

الأوامر:
  import PROJECT PATHS...      استيراد مقالات (.txt، .html، .htm، مجلدات)
  annotate FILE [--json]       قراءة مقالة وطباعة مستندها
  export PROJECT --format jsonl --out FILE
                               كتابة مستندات المشروع
  info PROJECT                 الأعداد بحسب الحالة والنوع
  kb import PROJECT FILE       إضافة الفاعلين أو الأماكن الخاصة بمنظمة (.tsv، .csv)
  eval GOLD.jsonl              تقييم أدوات الكشف مقارنةً بالمستندات المرجعية
  bench store|match|detect     قياس أداء قاعدة البيانات أو المطابِق أو الكشف

شغّل "cwb COMMAND --help" لعرض خيارات أمر ما.

رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام، 2 تعذّرت قراءة المدخلات أو كتابة المخرجات،
3 تعذّر فتح المشروع أو الكتابة فيه، 4 استُورد بعض المدخلات وفشل بعضها الآخر.
</translation>
    </message>
    <message>
        <source>Import articles into a project, creating the project if it does not exist. Each article is stored in its own transaction: a bad file is reported and the others are imported.</source>
        <translation>استيراد مقالات إلى مشروع، مع إنشاء المشروع إن لم يكن موجودًا. تُخزَّن كل مقالة في معاملة مستقلة: يُبلَّغ عن الملف المعطوب وتُستورد الملفات الأخرى.</translation>
    </message>
    <message>
        <source>The project file (.cwb).</source>
        <translation>ملف المشروع (.cwb).</translation>
    </message>
    <message>
        <source>Files (.txt, .html, .htm) or folders to import.</source>
        <translation>الملفات (.txt، .html، .htm) أو المجلدات المراد استيرادها.</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of detecting it (%1).</source>
        <translation>قراءة الملفات النصية بهذا الترميز بدلًا من اكتشافه (%1).</translation>
    </message>
    <message>
        <source>import needs a project and at least one file or folder.</source>
        <translation>يحتاج import إلى مشروع وملف أو مجلد واحد على الأقل.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: already in the project, left as it was.</source>
        <translation>%1: موجودة مسبقًا في المشروع، وتُركت كما هي.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Read one article and print what the workbench makes of it, without a project.</source>
        <translation>قراءة مقالة واحدة وطباعة ما يستخلصه البرنامج منها، دون مشروع.</translation>
    </message>
    <message>
        <source>The article (.txt, .html, .htm).</source>
        <translation>المقالة (.txt، .html، .htm).</translation>
    </message>
    <message>
        <source>Print the document JSON (docs/document-json.md).</source>
        <translation>طباعة JSON المستند (docs/document-json.md).</translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>قراءة الملف بهذا الترميز بدلًا من اكتشافه.</translation>
    </message>
    <message>
        <source>Only read and segment; propose no annotations.</source>
        <translation>القراءة والتقسيم فقط؛ دون اقتراح أي شروح توضيحية.</translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base (the bundled one on top of which the project&apos;s own entries sit).</source>
        <translation>الكشف باستخدام قاعدة معارف هذا المشروع (القاعدة المرفقة مع البرنامج وفوقها مدخلات المشروع الخاصة).</translation>
    </message>
    <message>
        <source>annotate reads exactly one file.</source>
        <translation>يقرأ annotate ملفًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Title:     %1</source>
        <translation>العنوان:   %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>الترميز:   %1</translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation>اللغة:     %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>تاريخ النشر:%1</translation>
    </message>
    <message numerus="yes">
        <source>Segments:  %n</source>
        <translation>
            <numerusform>المقاطع: %n</numerusform>
            <numerusform>المقاطع: %n</numerusform>
            <numerusform>المقاطع: %n</numerusform>
            <numerusform>المقاطع: %n</numerusform>
            <numerusform>المقاطع: %n</numerusform>
            <numerusform>المقاطع: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entities:  %n</source>
        <translation>
            <numerusform>الكيانات: %n</numerusform>
            <numerusform>الكيانات: %n</numerusform>
            <numerusform>الكيانات: %n</numerusform>
            <numerusform>الكيانات: %n</numerusform>
            <numerusform>الكيانات: %n</numerusform>
            <numerusform>الكيانات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Affiliations: %n</source>
        <translation>
            <numerusform>الانتماءات: %n</numerusform>
            <numerusform>الانتماءات: %n</numerusform>
            <numerusform>الانتماءات: %n</numerusform>
            <numerusform>الانتماءات: %n</numerusform>
            <numerusform>الانتماءات: %n</numerusform>
            <numerusform>الانتماءات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, former</source>
        <translation>، سابق</translation>
    </message>
    <message numerus="yes">
        <source>Casualty figures: %n</source>
        <translation>
            <numerusform>حصائل الضحايا: %n</numerusform>
            <numerusform>حصائل الضحايا: %n</numerusform>
            <numerusform>حصائل الضحايا: %n</numerusform>
            <numerusform>حصائل الضحايا: %n</numerusform>
            <numerusform>حصائل الضحايا: %n</numerusform>
            <numerusform>حصائل الضحايا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation>، بصيغة متحفّظة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>; perpetrator %1</source>
        <translation>؛ الجهة المسؤولة %1</translation>
    </message>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation>
            <numerusform>الأحداث: %n</numerusform>
            <numerusform>الأحداث: %n</numerusform>
            <numerusform>الأحداث: %n</numerusform>
            <numerusform>الأحداث: %n</numerusform>
            <numerusform>الأحداث: %n</numerusform>
            <numerusform>الأحداث: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Add an organisation&apos;s own list of actors, places or sources to a project&apos;s knowledge base. The file is CSV or TSV with a header row; the columns are described in resources/kb/README.md (canonical and type are required; aliases are separated by &apos;|&apos;). Bad rows are listed with their line numbers and nothing is imported until the file is clean.</source>
        <translation>إضافة قائمة خاصة بمنظمة من الفاعلين أو الأماكن أو المصادر إلى قاعدة معارف مشروع. الملف بصيغة CSV أو TSV مع صف ترويسة؛ والأعمدة موصوفة في resources/kb/README.md (العمودان canonical وtype إلزاميان؛ والأسماء البديلة يُفصل بينها بـ '|'). تُسرد الصفوف الخاطئة مع أرقام أسطرها ولا يُستورد شيء حتى يصبح الملف سليمًا.</translation>
    </message>
    <message>
        <source>The action: import.</source>
        <translation>الإجراء: import.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>ملف المشروع.</translation>
    </message>
    <message>
        <source>The .tsv or .csv file.</source>
        <translation>ملف .tsv أو .csv.</translation>
    </message>
    <message>
        <source>Usage: cwb kb import PROJECT FILE.tsv|.csv</source>
        <translation>الاستخدام: cwb kb import PROJECT FILE.tsv|.csv</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the rows above and run the import again.</source>
        <translation>لم يُستورد شيء؛ صحّح الصفوف أعلاه وأعد تشغيل الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries to the project&apos;s knowledge base.</source>
        <translation>
            <numerusform>أُضيف %n مدخل إلى قاعدة معارف المشروع.</numerusform>
            <numerusform>أُضيف %n مدخل إلى قاعدة معارف المشروع.</numerusform>
            <numerusform>أُضيف %n مدخلان إلى قاعدة معارف المشروع.</numerusform>
            <numerusform>أُضيفت %n مدخلات إلى قاعدة معارف المشروع.</numerusform>
            <numerusform>أُضيف %n مدخلًا إلى قاعدة معارف المشروع.</numerusform>
            <numerusform>أُضيف %n مدخل إلى قاعدة معارف المشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the detectors on the text of each gold document (document JSON lines, docs/document-json.md) and print precision, recall and F1 per label.</source>
        <translation>تشغيل أدوات الكشف على نص كل مستند مرجعي (أسطر JSON للمستندات، docs/document-json.md) وطباعة الدقة والاستدعاء وF1 لكل تسمية.</translation>
    </message>
    <message>
        <source>A .jsonl file of gold documents.</source>
        <translation>ملف .jsonl يضم المستندات المرجعية.</translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base.</source>
        <translation>الكشف باستخدام قاعدة معارف هذا المشروع.</translation>
    </message>
    <message>
        <source>eval reads exactly one gold file.</source>
        <translation>يقرأ eval ملفًا مرجعيًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>Write a project&apos;s articles and annotations to a file.</source>
        <translation>كتابة مقالات المشروع وشروحه التوضيحية في ملف.</translation>
    </message>
    <message>
        <source>The format to write: jsonl (one document JSON a line).</source>
        <translation>الصيغة المراد كتابتها: jsonl (مستند JSON واحد في كل سطر).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>export needs a project and --out FILE.</source>
        <translation>يحتاج export إلى مشروع و--out FILE.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (available: jsonl).</source>
        <translation>صيغة غير معروفة "%1" (المتاح: jsonl).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation>تعذّرت قراءة المقالة %1: %2</translation>
    </message>
    <message>
        <source>[%1/%2] written</source>
        <translation>[%1/%2] كُتبت</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation>
            <numerusform>كُتب %n مستند في %1.</numerusform>
            <numerusform>كُتب %n مستند في %1.</numerusform>
            <numerusform>كُتب %n مستندان في %1.</numerusform>
            <numerusform>كُتبت %n مستندات في %1.</numerusform>
            <numerusform>كُتب %n مستندًا في %1.</numerusform>
            <numerusform>كُتب %n مستند في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a project&apos;s articles and annotation counts.</source>
        <translation>عرض مقالات المشروع وأعداد الشروح التوضيحية.</translation>
    </message>
    <message>
        <source>info needs exactly one project.</source>
        <translation>يحتاج info إلى مشروع واحد بالضبط.</translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation>المشروع:       %1</translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation>المخطط:        %1</translation>
    </message>
    <message>
        <source>Articles:     %1</source>
        <translation>المقالات:      %1</translation>
    </message>
    <message>
        <source>Affiliations: %1</source>
        <translation>الانتماءات:    %1</translation>
    </message>
    <message>
        <source>Casualties:   %1</source>
        <translation>الضحايا:       %1</translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation>الأحداث:       %1</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>بحسب الحالة:</translation>
    </message>
    <message>
        <source>Entities by type:</source>
        <translation>الكيانات بحسب النوع:</translation>
    </message>
    <message>
        <source>Measure this machine. &quot;store&quot; bulk-inserts annotations into a fresh project and times single analyst actions with their history rows; &quot;match&quot; runs the knowledge-base matcher over a synthetic corpus beside grep; &quot;detect&quot; runs the whole detection pipeline over generated conflict-news articles.</source>
        <translation>قياس أداء هذا الجهاز. "store" يُدرج شروحًا توضيحية دفعةً واحدة في مشروع جديد ويقيس زمن إجراءات المحلل المنفردة مع صفوف سجلها؛ و"match" يشغّل مطابِق قاعدة المعارف على مدوّنة اصطناعية إلى جانب grep؛ و"detect" يشغّل سلسلة الكشف كاملة على مقالات أخبار نزاعات مولَّدة.</translation>
    </message>
    <message>
        <source>What to measure: store, match or detect.</source>
        <translation>ما يُقاس: store أو match أو detect.</translation>
    </message>
    <message>
        <source>store: annotations to bulk insert.</source>
        <translation>store: الشروح التوضيحية المراد إدراجها دفعةً واحدة.</translation>
    </message>
    <message>
        <source>store: single actions to time.</source>
        <translation>store: الإجراءات المنفردة المراد قياس زمنها.</translation>
    </message>
    <message>
        <source>match, detect: size of the corpus in MiB.</source>
        <translation>match، detect: حجم المدوّنة بالميبيبايت (MiB).</translation>
    </message>
    <message>
        <source>detect: size in MiB of the second corpus, made like match&apos;s (0 skips it).</source>
        <translation>detect: حجم المدوّنة الثانية بالميبيبايت (MiB)، مُعدّة مثل مدوّنة match (القيمة 0 تتخطاها).</translation>
    </message>
    <message>
        <source>match: aliases of the small and the large knowledge base.</source>
        <translation>match: عدد الأسماء البديلة في قاعدة المعارف الصغيرة والكبيرة.</translation>
    </message>
    <message>
        <source>match: do not run grep for comparison.</source>
        <translation>match: عدم تشغيل grep للمقارنة.</translation>
    </message>
    <message>
        <source>bench measures: store, match, detect.</source>
        <translation>يقيس bench: store، match، detect.</translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --synthetic-megabytes a whole number.</source>
        <translation>يأخذ --megabytes عددًا صحيحًا موجبًا ويأخذ --synthetic-megabytes عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --aliases two, separated by a comma.</source>
        <translation>يأخذ --megabytes عددًا صحيحًا موجبًا ويأخذ --aliases عددين يفصل بينهما فاصلة.</translation>
    </message>
    <message>
        <source>--rows and --actions take positive whole numbers.</source>
        <translation>يأخذ --rows و--actions أعدادًا صحيحة موجبة.</translation>
    </message>
    <message>
        <source>bulk insert: %1 annotations in %2 s = %3 rows/s (goal &gt;= 500000)</source>
        <translation>إدراج دفعي: %1 شرحًا توضيحيًا في %2 ث = %3 صف/ث (الهدف &gt;= 500000)</translation>
    </message>
    <message>
        <source>analyst action with history row, committed: %1 actions, mean %2 ms, p95 %3 ms, max %4 ms (goal &lt; 20 ms)</source>
        <translation>إجراء محلل مع صف في السجل، مُثبَّت: %1 إجراء، المتوسط %2 م.ث، p95 %3 م.ث، الأقصى %4 م.ث (الهدف &lt; 20 م.ث)</translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>نص بعد علامة الاقتباس الختامية لحقل (اكتب "" لعلامة اقتباس داخل حقل مقتبس)</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>حقل مقتبس لم يُغلق قبل نهاية الملف</translation>
    </message>
</context>
<context>
    <name>DetectionScore</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستند</numerusform>
            <numerusform>%n مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>المرجعي</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>الصحيح</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>DocumentJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (allowed: %3).</source>
        <translation>%1 غير معروف "%2" (المسموح: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>يجب أن يكون "%1" رقمًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time: %2</source>
        <translation>"%1" ليس تاريخًا ووقتًا وفق ISO 8601: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>"%1" ليس تاريخًا (YYYY-MM-DD): %2</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 outside the text (0-%4 code points).</source>
        <translation>%1 له إزاحات %2-%3 خارج النص (0-%4 نقطة رمزية).</translation>
    </message>
    <message>
        <source>The document has no &quot;text&quot;.</source>
        <translation>المستند لا يحتوي على "text".</translation>
    </message>
    <message>
        <source>Offsets in &quot;%1&quot; are not supported; this format uses code points.</source>
        <translation>الإزاحات في "%1" غير مدعومة؛ هذه الصيغة تستخدم النقاط الرمزية.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>المقطع %1</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>الكيان %1</translation>
    </message>
    <message>
        <source>Affiliation %1</source>
        <translation>الانتماء %1</translation>
    </message>
    <message>
        <source>Casualty figure %1</source>
        <translation>حصيلة الضحايا %1</translation>
    </message>
</context>
<context>
    <name>EditAffiliationCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>تصحيح «%1»</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>EditCasualtyCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>تصحيح «%1»</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>EditMentionCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>تصحيح «%1»</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (مع %2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الفاعلون</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Admin1</source>
        <translation>Admin1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقالة</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>القديم</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>HtmlToText</name>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation>تعذّرت قراءة الصفحة بصيغة HTML.</translation>
    </message>
</context>
<context>
    <name>KbImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and import it again</source>
        <translation>%1 ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8 واستورده مجددًا</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is required</source>
        <translation>الملف فارغ؛ يلزم صف ترويسة يسمّي الأعمدة</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice; the first one is used</source>
        <translation>العمود "%1" مكرر؛ يُستخدم الأول</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored (known columns: %2)</source>
        <translation>تم تجاهل العمود غير المعروف "%1" (الأعمدة المعروفة: %2)</translation>
    </message>
    <message>
        <source>the first row is not a header row; it must name the columns (%1)</source>
        <translation>الصف الأول ليس صف ترويسة؛ يجب أن يسمّي الأعمدة (%1)</translation>
    </message>
    <message>
        <source>the header row has no &quot;canonical&quot; column</source>
        <translation>صف الترويسة لا يحتوي على العمود "canonical"</translation>
    </message>
    <message>
        <source>the header row has no &quot;type&quot; column</source>
        <translation>صف الترويسة لا يحتوي على العمود "type"</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a field with the delimiter in it needs double quotes)</source>
        <translation>%1 حقول، لكن الترويسة فيها %2 (الحقل الذي يحتوي على الفاصل يحتاج إلى علامتي اقتباس مزدوجتين)</translation>
    </message>
    <message>
        <source>the canonical name is empty</source>
        <translation>الاسم المعتمد فارغ</translation>
    </message>
    <message>
        <source>the type is empty (use %1)</source>
        <translation>النوع فارغ (استخدم %1)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (use %2)</source>
        <translation>نوع غير معروف "%1" (استخدم %2)</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot; (use %2)</source>
        <translation>درجة يقين غير معروفة "%1" (استخدم %2)</translation>
    </message>
    <message>
        <source>the canonical name &quot;%1&quot; has no letters or digits</source>
        <translation>الاسم المعتمد "%1" لا يحتوي على حروف أو أرقام</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first on line %2)</source>
        <translation>معرّف مكرر "%1" (أول ظهور في السطر %2)</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: duplicate id &quot;%2&quot;</source>
        <translation>%1: معرّف مكرر "%2"</translation>
    </message>
    <message>
        <source>affiliations.tsv: line %1: %2</source>
        <translation>affiliations.tsv: السطر %1: %2</translation>
    </message>
    <message>
        <source>%1 fields, expected 9</source>
        <translation>%1 حقول، والمتوقع 9</translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation>علاقة غير معروفة "%1"</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot;</source>
        <translation>درجة يقين غير معروفة "%1"</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>معرّف غير معروف "%1"</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conflict Workbench</source>
        <translation>Conflict Workbench</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>الانتماءات</translation>
    </message>
    <message>
        <source>Casualty Figures</source>
        <translation>حصائل الضحايا</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open or Create Project...</source>
        <translation>&amp;فتح مشروع أو إنشاؤه...</translation>
    </message>
    <message>
        <source>&amp;Import Articles...</source>
        <translation>&amp;استيراد مقالات...</translation>
    </message>
    <message>
        <source>&amp;Paste Article from Clipboard</source>
        <translation>&amp;لصق مقالة من الحافظة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>يتعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>%1 - Conflict Workbench</source>
        <translation>%1 - Conflict Workbench</translation>
    </message>
    <message>
        <source>Project %1: every change is saved as you make it.</source>
        <translation>المشروع %1: يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>The articles that could not be imported are listed in the details.</source>
        <translation>المقالات التي تعذّر استيرادها مُدرجة في التفاصيل.</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>تعذّرت قراءة المقالة: %1</translation>
    </message>
    <message>
        <source>Nothing selected: J for the next proposal</source>
        <translation>لا يوجد تحديد: J للانتقال إلى المقترح التالي</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4 (%5)</source>
        <translation>%1 %2 من %3: %4 (%5)</translation>
    </message>
    <message>
        <source>Select an annotation first: J goes to the next proposal.</source>
        <translation>حدّد شرحًا توضيحيًا أولًا: J ينقلك إلى المقترح التالي.</translation>
    </message>
    <message>
        <source>No more proposals after this one.</source>
        <translation>لا توجد مقترحات بعد هذا المقترح.</translation>
    </message>
    <message>
        <source>No proposals before this one.</source>
        <translation>لا توجد مقترحات قبل هذا المقترح.</translation>
    </message>
    <message>
        <source>Events are built from their figures: edit those instead.</source>
        <translation>تُبنى الأحداث من حصائلها: عدّل الحصائل بدلًا منها.</translation>
    </message>
    <message>
        <source>Select the words first (Shift+arrows), then press the type&apos;s number.</source>
        <translation>حدّد الكلمات أولًا (Shift مع الأسهم)، ثم اضغط رقم النوع.</translation>
    </message>
    <message>
        <source>This is the last article.</source>
        <translation>هذه آخر مقالة.</translation>
    </message>
    <message>
        <source>This is the first article.</source>
        <translation>هذه أول مقالة.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Open or Create Project</source>
        <translation>فتح مشروع أو إنشاؤه</translation>
    </message>
    <message>
        <source>Conflict Workbench projects (*.cwb)</source>
        <translation>مشاريع Conflict Workbench (*.cwb)</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>افتح مشروعًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation>المقالات (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>الاسم المعتمد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema file %1.</source>
        <translation>تتعذّر قراءة ملف المخطط %1.</translation>
    </message>
    <message>
        <source>No schema files found in %1.</source>
        <translation>لم يُعثر على ملفات مخطط في %1.</translation>
    </message>
    <message>
        <source>The schema files in %1 are not numbered 1, 2, 3, ... (%2).</source>
        <translation>ملفات المخطط في %1 ليست مرقّمة 1، 2، 3، ... (%2).</translation>
    </message>
    <message>
        <source>it has no %1 table</source>
        <translation>لا يحتوي على الجدول %1</translation>
    </message>
    <message>
        <source>its schema_meta table does not describe a project</source>
        <translation>الجدول schema_meta فيه لا يصف مشروعًا</translation>
    </message>
    <message>
        <source>There is no schema version %1 (this version knows up to %2).</source>
        <translation>لا يوجد إصدار المخطط %1 (يعرف هذا الإصدار حتى %2).</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>تتعذّر قراءة إصدار المخطط: %1</translation>
    </message>
    <message>
        <source>The project is at schema %1, newer than %2; it is not downgraded.</source>
        <translation>المشروع على المخطط %1، وهو أحدث من %2؛ ولن يُخفَّض.</translation>
    </message>
    <message>
        <source>Could not apply schema migration %1: %2</source>
        <translation>تعذّر تطبيق ترحيل المخطط %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2
In: %3</source>
        <translation>فشل ترحيل المخطط %1: %2
في: %3</translation>
    </message>
    <message>
        <source>Schema migration %1 could not record its version: %2</source>
        <translation>تعذّر على ترحيل المخطط %1 تسجيل إصداره: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 could not be committed: %2</source>
        <translation>تعذّر تثبيت ترحيل المخطط %1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectKnowledge</name>
    <message>
        <source>Added by %1 when confirming &quot;%2&quot;.</source>
        <translation>أضافه %1 عند تأكيد "%2".</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the project&apos;s knowledge base.</source>
        <translation>أُضيف "%1" إلى قاعدة معارف المشروع.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now known as a name of %2.</source>
        <translation>أصبح "%1" معروفًا بوصفه اسمًا لـ %2.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the article.</source>
        <translation>يشير الحدث "%1" إلى حصيلة الضحايا %2، وهي ليست جزءًا من المقالة.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so projects cannot be opened. Install the package libqt6sql6-sqlite and start again.</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt غير مثبّت، لذا لا يمكن فتح المشاريع. ثبّت الحزمة libqt6sql6-sqlite وأعد تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>No project at %1.</source>
        <translation>لا يوجد مشروع في %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Conflict Workbench project.</source>
        <translation>%1 مجلد، وليس مشروع Conflict Workbench.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Conflict Workbench project.</source>
        <translation>%1 فارغ، وليس مشروع Conflict Workbench.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (it is not an SQLite database).</source>
        <translation>%1 ليس مشروع Conflict Workbench (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>%1 could not be read as a Conflict Workbench project: %2</source>
        <translation>تعذّرت قراءة %1 بوصفه مشروع Conflict Workbench: %2</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (%2).</source>
        <translation>%1 ليس مشروع Conflict Workbench (%2).</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Conflict Workbench project.</source>
        <translation>%1 قاعدة بيانات فارغة، وليس مشروع Conflict Workbench.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Conflict Workbench (schema %1; this version reads up to %2). It has not been changed.</source>
        <translation>حُفظ هذا المشروع بإصدار أحدث من Conflict Workbench (المخطط %1؛ يقرأ هذا الإصدار حتى %2). لم يُغيَّر المشروع.</translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation>تعذّر فتح المشروع %1: %2</translation>
    </message>
    <message>
        <source>Could not open the project %1: the file system does not allow write-ahead logging (journal mode is %2).</source>
        <translation>تعذّر فتح المشروع %1: نظام الملفات لا يسمح بالتسجيل المسبق للكتابة (WAL) (وضع السجل هو %2).</translation>
    </message>
    <message>
        <source>Could not bring the project %1 up to date. %2</source>
        <translation>تعذّر تحديث المشروع %1. %2</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>لا توجد مقالة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Only an annotation that was saved before can be restored; this one has no id.</source>
        <translation>لا يمكن استعادة إلا شرح توضيحي سبق حفظه؛ وهذا الشرح ليس له معرّف.</translation>
    </message>
    <message>
        <source>A knowledge-base entry needs an id (&quot;%1&quot; has none).</source>
        <translation>يحتاج مدخل قاعدة المعارف إلى معرّف ("%1" ليس له معرّف).</translation>
    </message>
    <message>
        <source>The knowledge-base entry %1 has no canonical name.</source>
        <translation>مدخل قاعدة المعارف %1 ليس له اسم معتمد.</translation>
    </message>
    <message>
        <source>The project&apos;s knowledge base already has an entry with id %1.</source>
        <translation>تحتوي قاعدة معارف المشروع مسبقًا على مدخل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>A knowledge-base affiliation needs both an actor and a target (&quot;%1&quot; %2 &quot;%3&quot;).</source>
        <translation>يحتاج الانتماء في قاعدة المعارف إلى فاعل وطرف آخر معًا ("%1" %2 "%3").</translation>
    </message>
    <message>
        <source>An alias needs an entry id and a name (got &quot;%1&quot; for &quot;%2&quot;).</source>
        <translation>يحتاج الاسم البديل إلى معرّف مدخل واسم (وردت القيمة "%1" لـ "%2").</translation>
    </message>
    <message>
        <source>There is no mention with id %1.</source>
        <translation>لا توجد إشارة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The mention cannot be restored: id %1 is in use.</source>
        <translation>لا يمكن استعادة الإشارة: المعرّف %1 مستخدم.</translation>
    </message>
    <message>
        <source>There is no affiliation with id %1.</source>
        <translation>لا يوجد انتماء بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The affiliation cannot be restored: id %1 is in use.</source>
        <translation>لا يمكن استعادة الانتماء: المعرّف %1 مستخدم.</translation>
    </message>
    <message>
        <source>There is no casualty figure with id %1.</source>
        <translation>لا توجد حصيلة ضحايا بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The casualty figure cannot be restored: id %1 is in use.</source>
        <translation>لا يمكن استعادة حصيلة الضحايا: المعرّف %1 مستخدم.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>لا يوجد حدث بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The event cannot be restored: id %1 is in use.</source>
        <translation>لا يمكن استعادة الحدث: المعرّف %1 مستخدم.</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>The figure was restored but not put back into the event “%1”: %2</source>
        <translation>استُعيدت الحصيلة لكنها لم تُعَد إلى الحدث «%1»: %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>A span cannot start or end before the text (%1 to %2).</source>
        <translation>لا يمكن أن يبدأ النطاق النصي أو ينتهي قبل النص (%1 إلى %2).</translation>
    </message>
    <message>
        <source>A span must start before it ends (%1 to %2).</source>
        <translation>يجب أن يبدأ النطاق النصي قبل أن ينتهي (%1 إلى %2).</translation>
    </message>
    <message>
        <source>The span %1 to %2 runs past the end of the text (%3 characters).</source>
        <translation>النطاق النصي من %1 إلى %2 يتجاوز نهاية النص (%3 حرفًا).</translation>
    </message>
    <message>
        <source>The span %1 to %2 holds only spaces.</source>
        <translation>النطاق النصي من %1 إلى %2 لا يحتوي إلا على مسافات.</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>لا يوجد في قاعدة المعارف مدخل «%1».</translation>
    </message>
    <message>
        <source>An affiliation needs an actor.</source>
        <translation>يحتاج الانتماء إلى فاعل.</translation>
    </message>
    <message>
        <source>An affiliation needs a target: whom the actor is %1.</source>
        <translation>يحتاج الانتماء إلى طرف آخر: الجهة التي يكون الفاعل %1.</translation>
    </message>
    <message>
        <source>An actor cannot be %1 itself.</source>
        <translation>لا يمكن أن يكون الفاعل %1 نفسه.</translation>
    </message>
    <message>
        <source>A number of people cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الأشخاص سالبًا.</translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the best (%2).</source>
        <translation>لا يمكن أن يتجاوز الحد الأدنى (%1) أفضل تقدير (%2).</translation>
    </message>
    <message>
        <source>The best figure (%1) cannot be above the high (%2).</source>
        <translation>لا يمكن أن يتجاوز أفضل تقدير (%1) الحد الأعلى (%2).</translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the high (%2).</source>
        <translation>لا يمكن أن يتجاوز الحد الأدنى (%1) الحد الأعلى (%2).</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to accept.</source>
        <translation>لا يوجد شرح توضيحي في الصف %1 لقبوله.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to reject.</source>
        <translation>لا يوجد شرح توضيحي في الصف %1 لرفضه.</translation>
    </message>
    <message>
        <source>There is no mention in row %1 to correct.</source>
        <translation>لا توجد إشارة في الصف %1 لتصحيحها.</translation>
    </message>
    <message>
        <source>There is no affiliation in row %1 to correct.</source>
        <translation>لا يوجد انتماء في الصف %1 لتصحيحه.</translation>
    </message>
    <message>
        <source>There is no casualty figure in row %1 to correct.</source>
        <translation>لا توجد حصيلة ضحايا في الصف %1 لتصحيحها.</translation>
    </message>
    <message>
        <source>“%1” is already marked there as %2.</source>
        <translation>«%1» مُعلَّم هناك مسبقًا بوصفه %2.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to delete.</source>
        <translation>لا يوجد شرح توضيحي في الصف %1 لحذفه.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>المقترح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>المقترح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>ت&amp;عديل...</translation>
    </message>
    <message>
        <source>Mark Selection as %1</source>
        <translation>تعليم التحديد بوصفه %1</translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation>المقالة التا&amp;لية</translation>
    </message>
    <message>
        <source>Pre&amp;vious Article</source>
        <translation>المقالة السا&amp;بقة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find in Article...</source>
        <translation>&amp;بحث في المقالة...</translation>
    </message>
    <message>
        <source>Switch Between Text and &amp;Panel</source>
        <translation>التبديل بين النص وال&amp;لوحة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Cheat Sheet</source>
        <translation>&amp;دليل اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <source>&amp;Mark Selection As</source>
        <translation>&amp;تعليم التحديد بوصفه</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>لم يُحفظ %1: %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the annotation is no longer in the article.</source>
        <translation>لم يُحفظ %1: لم يعد الشرح التوضيحي موجودًا في المقالة.</translation>
    </message>
    <message>
        <source>The link of “%1” to the knowledge base was not saved: %2</source>
        <translation>لم يُحفظ ربط «%1» بقاعدة المعارف: %2</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The article cannot be opened for review: %1</source>
        <translation>يتعذّر فتح المقالة للمراجعة: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>The article cannot be read again: %1</source>
        <translation>تتعذّر قراءة المقالة مجددًا: %1</translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message>
        <source>Accept “%1”</source>
        <translation>قبول «%1»</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>رفض «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>تعليم «%1» بوصفه %2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>يتعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>Preparing %1 mentions...</source>
        <translation>جارٍ تحضير %1 إشارة...</translation>
    </message>
    <message>
        <source>Inserting %1 mentions in one transaction...</source>
        <translation>جارٍ إدراج %1 إشارة في معاملة واحدة...</translation>
    </message>
    <message>
        <source>Timing %1 analyst actions...</source>
        <translation>جارٍ قياس زمن %1 إجراء للمحلل...</translation>
    </message>
    <message>
        <source>No mentions to act on (bulk rows was 0).</source>
        <translation>لا توجد إشارات لتنفيذ الإجراءات عليها (كانت قيمة bulk rows تساوي 0).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation>ترميز غير معروف "%1". اختر واحدًا من: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL bytes).</source>
        <translation>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على بايتات NUL).</translation>
    </message>
    <message numerus="yes">
        <source>This looks like a binary file, not an article (it contains %n control character(s)).</source>
        <translation>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n حرف تحكم).</numerusform>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n حرف تحكم).</numerusform>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n حرفَي تحكم).</numerusform>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n أحرف تحكم).</numerusform>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n حرف تحكم).</numerusform>
            <numerusform>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على %n حرف تحكم).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3), although UTF-8 was chosen. Choose its real encoding (windows-1252 or windows-1256) or let the workbench detect it.</source>
        <translation>الملف ليس بترميز UTF-8 صالح (بايت غير صالح 0x%1 عند البايت %2، السطر %3)، مع أن UTF-8 هو الترميز المختار. اختر ترميزه الحقيقي (windows-1252 أو windows-1256) أو دع البرنامج يكتشفه.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3). If it is a legacy Windows page, choose its encoding (windows-1252 or windows-1256).</source>
        <translation>الملف ليس بترميز UTF-8 صالح (بايت غير صالح 0x%1 عند البايت %2، السطر %3). إذا كان بترميز صفحة Windows قديمة، فاختر ترميزه (windows-1252 أو windows-1256).</translation>
    </message>
    <message>
        <source>The encoding %1 is not available in this build of Qt.</source>
        <translation>الترميز %1 غير متوفر في إصدار Qt هذا.</translation>
    </message>
    <message>
        <source>The file is not valid %1 (it has an odd number of bytes or a broken surrogate pair). Choose another encoding.</source>
        <translation>الملف ليس بترميز %1 صالح (عدد بايتاته فردي أو فيه زوج بديل معطوب). اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1. Choose another encoding.</source>
        <translation>يتعذّر فك ترميز الملف بوصفه %1. اختر ترميزًا آخر.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL characters).</source>
        <translation>يبدو هذا ملفًا ثنائيًا وليس مقالة (يحتوي على محارف NUL).</translation>
    </message>
    <message>
        <source>The file contains only white space; there is no text to read.</source>
        <translation>لا يحتوي الملف إلا على مسافات بيضاء؛ لا يوجد نص للقراءة.</translation>
    </message>
</context>
<context>
    <name>VocabularyLabels</name>
    <message>
        <source>Armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>State force</source>
        <translation>قوات حكومية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>مصحَّح</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>affiliated with</source>
        <translation>تابع لـ</translation>
    </message>
    <message>
        <source>backed by</source>
        <translation>مدعوم من</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>allied with</source>
        <translation>متحالف مع</translation>
    </message>
    <message>
        <source>splinter of</source>
        <translation>منشق عن</translation>
    </message>
    <message>
        <source>asserted</source>
        <translation>مُصرَّح به</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>وارد في التقارير</translation>
    </message>
    <message>
        <source>alleged</source>
        <translation>مزعوم</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>جرحى</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>أسرى</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>range</source>
        <translation>نطاق</translation>
    </message>
    <message>
        <source>vague</source>
        <translation>غامض</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>period</source>
        <translation>فترة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Conflict Workbench: review and annotate conflict news articles.</source>
        <translation>Conflict Workbench: مراجعة مقالات أخبار النزاعات وشرحها توضيحيًا.</translation>
    </message>
    <message>
        <source>The project to open or create (default: %1).</source>
        <translation>المشروع المراد فتحه أو إنشاؤه (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>حفظ صورة للنافذة في FILE ثم الخروج.</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>استخدام لوحة ألوان داكنة.</translation>
    </message>
    <message>
        <source>Articles or folders to import.</source>
        <translation>المقالات أو المجلدات المراد استيرادها.</translation>
    </message>
</context>
</TS>
