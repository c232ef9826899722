<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddMentionCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>إضافة “%1”</translation>
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
    <name>AgreementVerdict</name>
    <message>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>مبدئي</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a coefficient and its reading against the thresholds: &quot;0.85 (good)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thresholds of the codebook (section 7): %1 or more is good, %2 to %1 tentative, below %2 too low to rely on.</source>
        <translation>عتبات دليل الترميز (القسم 7): %1 فأكثر جيد، ومن %2 إلى %1 مبدئي، وما دون %2 أضعف من أن يُعتمد عليه.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Span F1</source>
        <translation>F1 للمقاطع</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>Strict: the same span</source>
        <translation>صارم: المقطع نفسه</translation>
    </message>
    <message>
        <source>Lenient: overlapping spans</source>
        <translation>متساهل: مقاطع متداخلة</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>الم&amp;قياس:</translation>
    </message>
    <message>
        <source>&amp;Spans:</source>
        <translation>الم&amp;قاطع:</translation>
    </message>
    <message>
        <source>Between each pair of annotators</source>
        <translation>بين كل زوج من المُعلِّقين</translation>
    </message>
    <message>
        <source>Pairwise agreement</source>
        <translation>الاتفاق بين كل زوج</translation>
    </message>
    <message>
        <source>Per entity type, all annotators</source>
        <translation>حسب نوع الكيان، لجميع المُعلِّقين</translation>
    </message>
    <message>
        <source>Agreement per entity type</source>
        <translation>الاتفاق حسب نوع الكيان</translation>
    </message>
    <message>
        <source>Per article</source>
        <translation>حسب المقال</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المُعلِّقون</translation>
    </message>
    <message>
        <source>Only one annotator read this article.</source>
        <translation>لم يقرأ هذا المقال سوى مُعلِّق واحد.</translation>
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
    <message>
        <source>Edit Event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <source>1: the named town</source>
        <translation>1: البلدة المذكورة بالاسم</translation>
    </message>
    <message>
        <source>2: near a town</source>
        <translation>2: قرب بلدة</translation>
    </message>
    <message>
        <source>3: the region only</source>
        <translation>3: المنطقة فقط</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>1: the day</source>
        <translation>1: اليوم</translation>
    </message>
    <message>
        <source>2: the week</source>
        <translation>2: الأسبوع</translation>
    </message>
    <message>
        <source>3: the month</source>
        <translation>3: الشهر</translation>
    </message>
    <message>
        <source>S&amp;ub-type:</source>
        <translation>النوع ال&amp;فرعي:</translation>
    </message>
    <message>
        <source>Actor &amp;1:</source>
        <translation>الفاعل &amp;1:</translation>
    </message>
    <message>
        <source>Actor &amp;2:</source>
        <translation>الفاعل &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <source>&amp;Governorate (admin1):</source>
        <translation>الم&amp;حافظة (admin1):</translation>
    </message>
    <message>
        <source>&amp;Place precision:</source>
        <translation>&amp;دقة المكان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>Date p&amp;recision:</source>
        <translation>د&amp;قة التاريخ:</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>ال&amp;قتلى:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>الم&amp;لاحظات:</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، أو اتركه فارغًا.</translation>
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
    <name>AnnotatorsDialog</name>
    <message>
        <source>Annotators</source>
        <translation>المُعلِّقون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>متدرب</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>مُحكِّم</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>لم تتم الإضافة: %1</translation>
    </message>
    <message>
        <source>%1 is now a %2 of this project.</source>
        <translation>أصبح %1 %2 في هذا المشروع.</translation>
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
    <message numerus="yes">
        <source>Cancelled: %n not imported.</source>
        <translation>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n مقال.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n مقال.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n مقالان.</numerusform>
            <numerusform>أُلغي الاستيراد: لم تُستورد %n مقالات.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n مقالًا.</numerusform>
            <numerusform>أُلغي الاستيراد: لم يُستورد %n مقال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 annotations reviewed, %4 proposals left</source>
        <translation>%1
رُوجع %2 من أصل %3 شرحًا توضيحيًا، وبقي %4 من الاقتراحات</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجع</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Show the articles in this review state</source>
        <translation>عرض المقالات في حالة المراجعة هذه</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Still to review</source>
        <translation>لم تُراجع بعد</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
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
    <name>BratReader</name>
    <message>
        <source>not a brat annotation line: %1</source>
        <translation>ليس سطر شرح توضيحي بصيغة brat: %1</translation>
    </message>
    <message>
        <source>a T line needs a type, offsets and the text</source>
        <translation>يحتاج سطر T إلى نوع وإزاحات والنص</translation>
    </message>
    <message>
        <source>offsets &quot;%1&quot; are not &quot;START END&quot;</source>
        <translation>الإزاحات &quot;%1&quot; ليست بالصيغة &quot;START END&quot;</translation>
    </message>
    <message>
        <source>offsets %1-%2 lie outside the text (0-%3 code points)</source>
        <translation>الإزاحات %1-%2 تقع خارج النص (0-%3 نقطة رمزية)</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is not what offsets %2-%3 hold (&quot;%4&quot;); are the offsets code points of this .txt?</source>
        <translation>النص &quot;%1&quot; ليس ما تحويه الإزاحات %2-%3 (&quot;%4&quot;)؛ هل الإزاحات نقاط رمزية لملف .txt هذا؟</translation>
    </message>
    <message>
        <source>an attribute line is &quot;NAME TARGET [VALUE]&quot;</source>
        <translation>سطر السمة صيغته &quot;NAME TARGET [VALUE]&quot;</translation>
    </message>
    <message>
        <source>a relation line is &quot;TYPE Arg1:ID Arg2:ID&quot;</source>
        <translation>سطر العلاقة صيغته &quot;TYPE Arg1:ID Arg2:ID&quot;</translation>
    </message>
    <message>
        <source>an event line is &quot;TYPE:TRIGGER ROLE:ID ...&quot;</source>
        <translation>سطر الحدث صيغته &quot;TYPE:TRIGGER ROLE:ID ...&quot;</translation>
    </message>
    <message>
        <source>a normalization line is &quot;Reference ID DB:KEY&quot;</source>
        <translation>سطر التوحيد القياسي صيغته &quot;Reference ID DB:KEY&quot;</translation>
    </message>
    <message>
        <source>a note line is &quot;AnnotatorNotes ID&quot; and the note</source>
        <translation>سطر الملاحظة صيغته &quot;AnnotatorNotes ID&quot; متبوعًا بالملاحظة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined in this file</source>
        <translation>&quot;%1&quot; غير معرَّف في هذا الملف</translation>
    </message>
    <message>
        <source>free-text note</source>
        <translation>ملاحظة نصية حرة</translation>
    </message>
    <message>
        <source>the note &quot;%1&quot; has no field of the workbench to go to</source>
        <translation>الملاحظة &quot;%1&quot; لا يقابلها أي حقل في البرنامج</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (allowed: %3)</source>
        <translation>%1 غير معروف &quot;%2&quot; (المسموح: %3)</translation>
    </message>
    <message>
        <source>discontinuous span</source>
        <translation>مقطع متقطع</translation>
    </message>
    <message>
        <source>%1 line %2: a %3 in pieces cannot be held; it was not imported</source>
        <translation>%1 السطر %2: لا يمكن الاحتفاظ بـ%3 مجزّأ؛ ولم يُستورد</translation>
    </message>
    <message>
        <source>type outside the codebook</source>
        <translation>نوع خارج دليل الترميز</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a type of the workbench; not imported</source>
        <translation>%1 السطر %2: &quot;%3&quot; ليس نوعًا في البرنامج؛ لم يُستورد</translation>
    </message>
    <message>
        <source>relation outside the codebook</source>
        <translation>علاقة خارج دليل الترميز</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a relation of the workbench; not imported</source>
        <translation>%1 السطر %2: &quot;%3&quot; ليست علاقة في البرنامج؛ لم تُستورد</translation>
    </message>
    <message>
        <source>relation between spans not imported</source>
        <translation>لم تُستورد علاقة بين مقاطع</translation>
    </message>
    <message>
        <source>%1 line %2: an argument was not imported</source>
        <translation>%1 السطر %2: لم تُستورد إحدى الوسائط</translation>
    </message>
    <message>
        <source>event outside the codebook</source>
        <translation>حدث خارج دليل الترميز</translation>
    </message>
    <message>
        <source>%1 line %2: an event of type &quot;%3&quot; (or with a trigger in pieces) cannot be held; not imported</source>
        <translation>%1 السطر %2: لا يمكن الاحتفاظ بحدث من النوع &quot;%3&quot; (أو بمُحفِّز مجزّأ)؛ لم يُستورد</translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation>تكافؤ</translation>
    </message>
    <message>
        <source>%1 line %2: Equiv lines have no place in the workbench; not imported</source>
        <translation>%1 السطر %2: لا مكان لأسطر Equiv في البرنامج؛ لم تُستورد</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8</source>
        <translation>الملف ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>%1 holds no .txt files; a brat collection is a folder of .txt and .ann files.</source>
        <translation>لا يحتوي %1 على أي ملف .txt؛ مجموعة brat مجلد من ملفات .txt و.ann.</translation>
    </message>
    <message>
        <source>%1 is not a brat folder, .txt or .ann file.</source>
        <translation>%1 ليس مجلد brat ولا ملف .txt أو .ann.</translation>
    </message>
</context>
<context>
    <name>BratWriter</name>
    <message>
        <source>empty span (brat cannot hold it)</source>
        <translation>مقطع فارغ (لا يستطيع brat الاحتفاظ به)</translation>
    </message>
    <message>
        <source>%1 at %2-%3 was not exported</source>
        <translation>لم يُصدَّر %1 عند %2-%3</translation>
    </message>
    <message>
        <source>article metadata</source>
        <translation>البيانات الوصفية للمقال</translation>
    </message>
    <message>
        <source>title, source, publication date and segments are not in brat&apos;s files</source>
        <translation>العنوان والمصدر وتاريخ النشر والأقسام ليست ضمن ملفات brat</translation>
    </message>
    <message>
        <source>CR LF line ends written as LF</source>
        <translation>كُتبت نهايات الأسطر CR LF بصيغة LF</translation>
    </message>
    <message>
        <source>the .txt has LF line ends; offsets were converted to it</source>
        <translation>نهايات الأسطر في ملف .txt بصيغة LF؛ وحُوّلت الإزاحات وفقًا لها</translation>
    </message>
    <message>
        <source>affiliation without an R line</source>
        <translation>انتماء بلا سطر R</translation>
    </message>
    <message>
        <source>&quot;%1&quot; or &quot;%2&quot; is not a mention inside the stating span; the affiliation is kept as an Affiliation span with a note</source>
        <translation>&quot;%1&quot; أو &quot;%2&quot; ليس إشارة داخل المقطع الذي يذكره؛ احتُفظ بالانتماء مقطعًا من نوع Affiliation مع ملاحظة</translation>
    </message>
    <message>
        <source>event without a span</source>
        <translation>حدث بلا مقطع</translation>
    </message>
    <message>
        <source>no figure or mention of the event is in the text to anchor an E line; the event was not exported</source>
        <translation>لا توجد في النص حصيلة ضحايا ولا إشارة للحدث لتثبيت سطر E عليها؛ لم يُصدَّر الحدث</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file; a brat export is a folder.</source>
        <translation>%1 ملف؛ وتصدير brat يكون مجلدًا.</translation>
    </message>
    <message>
        <source>%1 is a folder that holds other files; choose an empty folder or a new name.</source>
        <translation>%1 مجلد يحتوي ملفات أخرى؛ اختر مجلدًا فارغًا أو اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>يتعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>تتعذّر الكتابة داخل %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1.</source>
        <translation>يتعذّر استبدال المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation>يتعذّر نقل التصدير إلى %1.</translation>
    </message>
</context>
<context>
    <name>CasualtyChart</name>
    <message>
        <source>People harmed, by victim</source>
        <translation>الأشخاص المتضررون، حسب الضحية</translation>
    </message>
    <message>
        <source>People harmed, by perpetrator</source>
        <translation>الأشخاص المتضررون، حسب الجهة المسؤولة</translation>
    </message>
    <message>
        <source>No casualty figure</source>
        <translation>لا توجد حصيلة ضحايا</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more actor(s) not shown)</source>
        <translation>
            <numerusform>%1 (لم يُعرض %n فاعل آخر)</numerusform>
            <numerusform>%1 (لم يُعرض %n فاعل آخر)</numerusform>
            <numerusform>%1 (لم يُعرض %n فاعلان آخران)</numerusform>
            <numerusform>%1 (لم يُعرض %n فاعلين آخرين)</numerusform>
            <numerusform>%1 (لم يُعرض %n فاعلًا آخر)</numerusform>
            <numerusform>%1 (لم يُعرض %n فاعل آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>people (event figures, best estimate)</source>
        <translation>أشخاص (حصائل الأحداث، أفضل تقدير)</translation>
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
    <name>CasualtyTotals</name>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
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
        <translation>أمر غير معروف &quot;%1&quot;.</translation>
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
        <translation>إضافة قائمة خاصة بمنظمة من الفاعلين أو الأماكن أو المصادر إلى قاعدة معارف مشروع. الملف بصيغة CSV أو TSV مع صف ترويسة؛ والأعمدة موصوفة في resources/kb/README.md (العمودان canonical وtype إلزاميان؛ والأسماء البديلة يُفصل بينها بـ &apos;|&apos;). تُسرد الصفوف الخاطئة مع أرقام أسطرها ولا يُستورد شيء حتى يصبح الملف سليمًا.</translation>
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
        <source>[%1/%2] written</source>
        <translation>[%1/%2] كُتبت</translation>
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
    <message>
        <source>Write a project&apos;s articles and annotations as a dataset (docs/exchange.md). A loss report, FILE.loss.txt, is written beside the output and summarised here: it lists by article and annotation what the format could not carry.</source>
        <translation>كتابة مقالات المشروع وشروحه التوضيحية مجموعةَ بيانات (docs/exchange.md). يُكتب تقرير الفاقد FILE.loss.txt بجوار المُخرج ويُلخَّص هنا: وهو يسرد حسب المقال والشرح التوضيحي ما لم تستطع الصيغة حمله.</translation>
    </message>
    <message>
        <source>The format to write: %1.</source>
        <translation>الصيغة المراد الكتابة بها: %1.</translation>
    </message>
    <message>
        <source>The file to write (a folder for brat).</source>
        <translation>الملف المراد كتابته (مجلد في حالة brat).</translation>
    </message>
    <message>
        <source>Only annotations with these statuses (%1; comma-separated or repeated).</source>
        <translation>الشروح التوضيحية ذات هذه الحالات فقط (%1؛ مفصولة بفواصل أو مكرّرة).</translation>
    </message>
    <message>
        <source>Only annotations last made or reviewed by these annotators (comma-separated or repeated).</source>
        <translation>الشروح التوضيحية التي أنشأها أو راجعها آخرَ مرة هؤلاء المُعلِّقون فقط (مفصولين بفواصل أو مكرّرين).</translation>
    </message>
    <message>
        <source>Only these article ids, e.g. 1,2,5.</source>
        <translation>معرّفات المقالات هذه فقط، مثل 1,2,5.</translation>
    </message>
    <message>
        <source>Only articles published (or, undated, imported) on or after this day, YYYY-MM-DD.</source>
        <translation>المقالات المنشورة (أو المستوردة إن لم تكن مؤرخة) في هذا اليوم أو بعده فقط، YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only articles published (or imported) on or before this day, YYYY-MM-DD.</source>
        <translation>المقالات المنشورة (أو المستوردة) في هذا اليوم أو قبله فقط، YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>jsonl: add each article&apos;s history of changes.</source>
        <translation>jsonl: إضافة سجل تغييرات كل مقال.</translation>
    </message>
    <message>
        <source>conll: the tagging scheme, iob2 (default), iob1 or bioes.</source>
        <translation>conll: مخطط الوسم، iob2 (الافتراضي) أو iob1 أو bioes.</translation>
    </message>
    <message>
        <source>export needs a project and --out PATH.</source>
        <translation>يحتاج export إلى مشروع و--out PATH.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (available: %2).</source>
        <translation>صيغة غير معروفة &quot;%1&quot; (المتاح: %2).</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot; (available: iob2, iob1, bioes).</source>
        <translation>مخطط غير معروف &quot;%1&quot; (المتاح: iob2، iob1، bioes).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (available: %2).</source>
        <translation>حالة غير معروفة &quot;%1&quot; (المتاح: %2).</translation>
    </message>
    <message>
        <source>--articles takes article ids separated by commas, e.g. 1,2,5.</source>
        <translation>يأخذ --articles معرّفات مقالات مفصولة بفواصل، مثل 1,2,5.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>يأخذ --%1 تاريخًا بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Import an annotated dataset into a project, creating the project if it does not exist (docs/exchange.md). All or nothing: a malformed file is reported with its line and nothing is imported. Articles already in the project are left as they are; what the project cannot hold is listed.</source>
        <translation>استيراد مجموعة بيانات مشروحة إلى مشروع، مع إنشاء المشروع إن لم يكن موجودًا (docs/exchange.md). كل شيء أو لا شيء: يُبلَّغ عن الملف المشوَّه مع رقم سطره ولا يُستورد شيء. تُترك المقالات الموجودة مسبقًا في المشروع كما هي؛ ويُسرد ما لا يستطيع المشروع استيعابه.</translation>
    </message>
    <message>
        <source>The dataset file (a folder or .ann file for brat).</source>
        <translation>ملف مجموعة البيانات (مجلد أو ملف .ann في حالة brat).</translation>
    </message>
    <message>
        <source>The format to read: %1.</source>
        <translation>الصيغة المراد القراءة منها: %1.</translation>
    </message>
    <message>
        <source>import-dataset needs a project, a path and --format FORMAT.</source>
        <translation>يحتاج import-dataset إلى مشروع ومسار و--format FORMAT.</translation>
    </message>
    <message>
        <source>Cannot import the format &quot;%1&quot; (importable: %2).</source>
        <translation>يتعذّر استيراد الصيغة &quot;%1&quot; (القابلة للاستيراد: %2).</translation>
    </message>
    <message>
        <source>not imported: %1 %2: %3</source>
        <translation>لم يُستورد: %1 %2: %3</translation>
    </message>
    <message>
        <source>export: articles in the made-up project.</source>
        <translation>export: عدد المقالات في المشروع المُختلَق.</translation>
    </message>
    <message>
        <source>export: annotations in all.</source>
        <translation>export: عدد الشروح التوضيحية إجمالًا.</translation>
    </message>
    <message>
        <source>bench measures: store, match, detect, export.</source>
        <translation>يقيس bench: store وmatch وdetect وexport.</translation>
    </message>
    <message>
        <source>--articles and --annotations take positive whole numbers.</source>
        <translation>يأخذ --articles و--annotations أعدادًا صحيحة موجبة.</translation>
    </message>
    <message>
        <source>List a project&apos;s annotators, or add one. Each annotator has a role: trainee (annotates gold articles blind and is scored), analyst or adjudicator (marks gold).</source>
        <translation>عرض مُعلِّقي المشروع أو إضافة مُعلِّق. لكل مُعلِّق دور: trainee (متدرب، يشرح مقالات المرجع الذهبي دون اطلاع ويُقيَّم)، أو analyst (محلل)، أو adjudicator (مُحكِّم، يعتمد المرجع الذهبي).</translation>
    </message>
    <message>
        <source>Add the annotator NAME.</source>
        <translation>إضافة المُعلِّق NAME.</translation>
    </message>
    <message>
        <source>The new annotator&apos;s role: trainee, analyst (the default) or adjudicator.</source>
        <translation>دور المُعلِّق الجديد: trainee أو analyst (الافتراضي) أو adjudicator.</translation>
    </message>
    <message>
        <source>Usage: cwb annotators PROJECT [add NAME --role ROLE]</source>
        <translation>الاستخدام: cwb annotators PROJECT [add NAME --role ROLE]</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use trainee, analyst or adjudicator.</source>
        <translation>دور غير معروف &quot;%1&quot;؛ استخدم trainee أو analyst أو adjudicator.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>أُضيف %1 (%2).</translation>
    </message>
    <message>
        <source>Mark an annotator&apos;s set of an article as its gold (adjudicated) version, against which trainees are scored. --set &quot;&quot; marks the project&apos;s shared set.</source>
        <translation>اعتماد مجموعة مُعلِّق لمقال بوصفها نسخته المرجعية الذهبية (المُحكَّمة) التي يُقيَّم المتدربون مقابلها. --set &quot;&quot; يعتمد المجموعة المشتركة للمشروع.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>معرّف المقال.</translation>
    </message>
    <message>
        <source>Whose set becomes gold (an annotator&apos;s name; &quot;&quot; for the shared set).</source>
        <translation>المجموعة التي تصبح المرجع الذهبي (اسم مُعلِّق؛ &quot;&quot; للمجموعة المشتركة).</translation>
    </message>
    <message>
        <source>Remove the gold mark.</source>
        <translation>إزالة علامة المرجع الذهبي.</translation>
    </message>
    <message>
        <source>Who adjudicated (recorded in the history).</source>
        <translation>من قام بالتحكيم (يُسجَّل في السجل).</translation>
    </message>
    <message>
        <source>Usage: cwb gold PROJECT ARTICLE_ID --set OWNER | --unmark</source>
        <translation>الاستخدام: cwb gold PROJECT ARTICLE_ID --set OWNER | --unmark</translation>
    </message>
    <message>
        <source>Article %1 is no longer gold.</source>
        <translation>لم يعد المقال %1 مرجعًا ذهبيًا.</translation>
    </message>
    <message>
        <source>Article %1: the set of %2 is gold.</source>
        <translation>المقال %1: مجموعة %2 هي المرجع الذهبي.</translation>
    </message>
    <message>
        <source>the project (shared set)</source>
        <translation>المشروع (المجموعة المشتركة)</translation>
    </message>
    <message>
        <source>Score a trainee against every gold article they annotated: span precision, recall and F1 per type (strict and lenient), affiliation, casualty and event field accuracy, a confusion matrix and each disagreement with the guideline rule that decides it. The figures are recorded in the project when they changed since the last score, for progress over time.</source>
        <translation>تقييم متدرب مقابل كل مقال مرجعي ذهبي شرحه: دقة المقاطع واستدعاؤها وF1 لكل نوع (صارم ومتساهل)، ودقة حقول الانتماءات وحصائل الضحايا والأحداث، ومصفوفة الالتباس، وكل خلاف مع قاعدة الإرشادات التي تحسمه. تُسجَّل الأرقام في المشروع إذا تغيّرت منذ آخر تقييم، لمتابعة التقدم عبر الزمن.</translation>
    </message>
    <message>
        <source>The trainee&apos;s name.</source>
        <translation>اسم المتدرب.</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>طباعة الأرقام بصيغة JSON.</translation>
    </message>
    <message>
        <source>Usage: cwb score PROJECT --annotator NAME [--json]</source>
        <translation>الاستخدام: cwb score PROJECT --annotator NAME [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project.</source>
        <translation>&quot;%1&quot; ليس مُعلِّقًا في هذا المشروع.</translation>
    </message>
    <message>
        <source>The score could not be recorded: %1</source>
        <translation>تعذّر تسجيل التقييم: %1</translation>
    </message>
    <message>
        <source>Recorded in %1&apos;s progress.</source>
        <translation>سُجِّل في سجل تقدم %1.</translation>
    </message>
    <message>
        <source>Unchanged since the last recorded score.</source>
        <translation>لم يتغير منذ آخر تقييم مسجَّل.</translation>
    </message>
    <message>
        <source>Agreement between the project&apos;s annotators on the articles they annotated independently: Cohen&apos;s kappa per pair, Fleiss&apos; kappa and Krippendorff&apos;s alpha (nominal on entity labels, interval on casualty figures), span F1 per type, per article and as a pairwise matrix.</source>
        <translation>الاتفاق بين مُعلِّقي المشروع على المقالات التي شرحوها مستقلين: كابا كوهين لكل زوج، وكابا فلايس وألفا كريبندورف (اسمي على تسميات الكيانات، وفئوي على حصائل الضحايا)، وF1 للمقاطع حسب النوع وحسب المقال وفي مصفوفة ثنائية.</translation>
    </message>
    <message>
        <source>Kappa and alpha on overlapping spans rather than identical ones.</source>
        <translation>كابا وألفا على المقاطع المتداخلة بدلًا من المتطابقة.</translation>
    </message>
    <message>
        <source>Usage: cwb agree PROJECT [--json] [--lenient]</source>
        <translation>الاستخدام: cwb agree PROJECT [--json] [--lenient]</translation>
    </message>
    <message>
        <source>Usage: cwb COMMAND [OPTIONS]

Commands:
  import PROJECT PATHS...      import articles (.txt, .html, .htm, folders)
  annotate FILE [--json]       read an article and print its document
  export PROJECT --format FORMAT --out PATH [--status S] [--annotator A]
         [--articles IDS] [--from DATE] [--to DATE] [--history] [--scheme S]
                               write a dataset: jsonl, brat, conll, doccano,
                               spacy, acled, casualties, xlsx (+ loss report)
  import-dataset PROJECT PATH --format FORMAT
                               import a dataset: jsonl, brat, conll, doccano,
                               spacy (all or nothing)
  info PROJECT                 counts by status and type
  kb import PROJECT FILE       add an organisation&apos;s actors or places (.tsv, .csv)
  eval GOLD.jsonl [--details]  score the detectors against gold documents
  annotators PROJECT [add NAME --role ROLE]
                               list or add annotators (trainee, analyst,
                               adjudicator)
  gold PROJECT ARTICLE_ID --set OWNER
                               mark an annotator&apos;s set as the article&apos;s gold
  score PROJECT --annotator NAME [--json]
                               score a trainee against the gold articles
  agree PROJECT [--json]       agreement between the annotators
  bench store|match|detect|export
                               measure the database, the matcher, detection
                               or the JSONL export

Run &quot;cwb COMMAND --help&quot; for a command&apos;s options.

Exit codes: 0 success, 1 usage error, 2 input could not be read or output
not written, 3 project could not be opened or written, 4 some inputs
imported and others failed.
</source>
        <translation>الاستخدام: cwb COMMAND [OPTIONS]

الأوامر:
  import PROJECT PATHS...      استيراد مقالات (.txt، .html، .htm، مجلدات)
  annotate FILE [--json]       قراءة مقال وطباعة مستنده
  export PROJECT --format FORMAT --out PATH [--status S] [--annotator A]
         [--articles IDS] [--from DATE] [--to DATE] [--history] [--scheme S]
                               كتابة مجموعة بيانات: jsonl، brat، conll، doccano،
                               spacy، acled، casualties، xlsx (+ تقرير الفاقد)
  import-dataset PROJECT PATH --format FORMAT
                               استيراد مجموعة بيانات: jsonl، brat، conll، doccano،
                               spacy (كل شيء أو لا شيء)
  info PROJECT                 الأعداد حسب الحالة والنوع
  kb import PROJECT FILE       إضافة فاعلي منظمة أو أماكنها (.tsv، .csv)
  eval GOLD.jsonl [--details]  تقييم أدوات الكشف مقابل مستندات المرجع الذهبي
  annotators PROJECT [add NAME --role ROLE]
                               عرض المُعلِّقين أو إضافة مُعلِّق (trainee، analyst،
                               adjudicator)
  gold PROJECT ARTICLE_ID --set OWNER
                               اعتماد مجموعة مُعلِّق مرجعًا ذهبيًا للمقال
  score PROJECT --annotator NAME [--json]
                               تقييم متدرب مقابل مقالات المرجع الذهبي
  agree PROJECT [--json]       الاتفاق بين المُعلِّقين
  bench store|match|detect|export
                               قياس قاعدة البيانات أو أداة المطابقة أو الكشف
                               أو تصدير JSONL

شغّل &quot;cwb COMMAND --help&quot; لعرض خيارات أمر ما.

رموز الخروج: 0 نجاح، 1 خطأ في الاستخدام، 2 تعذّرت قراءة المُدخل أو كتابة
المُخرج، 3 تعذّر فتح المشروع أو الكتابة فيه، 4 استُورد بعض المُدخلات وفشل
بعضها الآخر.
</translation>
    </message>
    <message>
        <source>After the table, list per article every missed gold and every wrong proposed casualty figure, event and affiliation with its text and fields.</source>
        <translation>بعد الجدول، اعرض لكل مقال كل حصيلة ضحايا وحدث وانتماء من المرجع الذهبي فات الكشف وكل اقتراح خاطئ، مع نصه وحقوله.</translation>
    </message>
    <message>
        <source>detect: also measure on these articles (document JSON lines, as eval reads), taken as many times as it needs to reach the corpus size.</source>
        <translation>detect: القياس أيضًا على هذه المقالات (أسطر JSON لمستندات، كما يقرؤها eval)، مكرّرةً بقدر ما يلزم لبلوغ حجم المدوّنة.</translation>
    </message>
    <message>
        <source>%1 holds no documents.</source>
        <translation>لا يحتوي %1 على أي مستند.</translation>
    </message>
    <message>
        <source>Measure this machine. &quot;store&quot; bulk-inserts annotations into a fresh project and times single analyst actions with their history rows; &quot;match&quot; runs the knowledge-base matcher and the whole detection pipeline over a synthetic corpus beside grep; &quot;detect&quot; runs the whole detection pipeline over generated conflict-news articles; &quot;export&quot; builds a project and exports it as JSONL.</source>
        <translation>قياس أداء هذا الجهاز. &quot;store&quot; يُدرج شروحًا توضيحية دفعةً واحدة في مشروع جديد ويقيس زمن إجراءات منفردة للمحلل مع صفوف سجلّها؛ و&quot;match&quot; يشغّل أداة مطابقة قاعدة المعرفة وسلسلة الكشف كاملةً على مدوّنة اصطناعية إلى جانب grep؛ و&quot;detect&quot; يشغّل سلسلة الكشف كاملةً على مقالات أخبار نزاعات مولَّدة؛ و&quot;export&quot; ينشئ مشروعًا ويصدّره بصيغة JSONL.</translation>
    </message>
    <message>
        <source>detect: also write every measured article&apos;s proposals to this file (document JSON lines, without times), to compare what two builds propose.</source>
        <translation>detect: كتابة مقترحات كل مقالة مقيسة أيضًا في هذا الملف (أسطر JSON لمستندات، دون الأوقات)، لمقارنة ما يقترحه إصداران.</translation>
    </message>
</context>
<context>
    <name>CohenKappa</name>
    <message>
        <source>The two coders coded different numbers of units (%1 and %2).</source>
        <translation>رمّز المُرمِّزان عددين مختلفين من الوحدات (%1 و%2).</translation>
    </message>
    <message>
        <source>The contingency table is not square.</source>
        <translation>جدول التوافق ليس مربعًا.</translation>
    </message>
    <message>
        <source>The contingency table holds a negative count.</source>
        <translation>يحتوي جدول التوافق على عدد سالب.</translation>
    </message>
    <message>
        <source>Kappa needs at least one unit coded by both coders; there is none.</source>
        <translation>تحتاج كابا إلى وحدة واحدة على الأقل رمّزها كلا المُرمِّزين؛ ولا توجد أي وحدة.</translation>
    </message>
    <message>
        <source>Both coders used one and the same category for every unit, so agreement by chance is certain and kappa is undefined.</source>
        <translation>استخدم المُرمِّزان الفئة نفسها لكل وحدة، لذا فالاتفاق بالصدفة مؤكد وكابا غير معرَّفة.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixModel</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message numerus="yes">
        <source>Gold %1, trainee %2: %n mention(s)</source>
        <translation>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارة</numerusform>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارة</numerusform>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارتان</numerusform>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارات</numerusform>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارة</numerusform>
            <numerusform>المرجع الذهبي %1، المتدرب %2: %n إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Gold: %1</source>
        <translation>المرجع الذهبي: %1</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>المتدرب: %1</translation>
    </message>
</context>
<context>
    <name>ConllReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>label outside the codebook</source>
        <translation>تسمية خارج دليل الترميز</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) was not imported</source>
        <translation>%1: لم يُستورد &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>the line is not UTF-8</source>
        <translation>السطر ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tag column</source>
        <translation>&quot;%1&quot; ليس له عمود وسوم</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tag (O or %3-TYPE)</source>
        <translation>&quot;%1&quot; ليس وسمًا من نوع %2 (O أو %3-TYPE)</translation>
    </message>
</context>
<context>
    <name>ConllWriter</name>
    <message>
        <source>rejected annotation (no label)</source>
        <translation>شرح توضيحي مرفوض (بلا تسمية)</translation>
    </message>
    <message>
        <source>overlapping or nested span</source>
        <translation>مقطع متداخل أو متضمَّن</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; overlaps %3 &quot;%4&quot;, which was tagged</source>
        <translation>%1 &quot;%2&quot; يتداخل مع %3 &quot;%4&quot; الذي وُسم</translation>
    </message>
    <message>
        <source>span without a token</source>
        <translation>مقطع بلا وحدة لفظية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no token</source>
        <translation>&quot;%1&quot; لا يحتوي على أي وحدة لفظية</translation>
    </message>
    <message>
        <source>figures, affiliations and events</source>
        <translation>حصائل الضحايا والانتماءات والأحداث</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>غير موجودة في هذه الصيغة</translation>
    </message>
    <message>
        <source>annotation details</source>
        <translation>تفاصيل الشروح التوضيحية</translation>
    </message>
    <message numerus="yes">
        <source>only the type and tokens of %n mention(s) are carried: status, provenance, canonical names and knowledge-base ids are not</source>
        <translation>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارة: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارة: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارتين: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارات: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارة: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
            <numerusform>لا يُحمل إلا النوع والوحدات اللفظية لـ%n إشارة: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة فلا</numerusform>
        </translation>
    </message>
    <message>
        <source>article text and metadata</source>
        <translation>نص المقال وبياناته الوصفية</translation>
    </message>
    <message>
        <source>white space, title, source, dates and segments are not in this format</source>
        <translation>المسافات والعنوان والمصدر والتواريخ والأقسام ليست في هذه الصيغة</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>cell neutralised (formula)</source>
        <translation>خلية مُحيَّدة (صيغة حسابية)</translation>
    </message>
    <message>
        <source>%1 starts with a formula character; written with a leading &apos;</source>
        <translation>يبدأ %1 بمحرف صيغة حسابية؛ كُتب مسبوقًا بـ &apos;</translation>
    </message>
</context>
<context>
    <name>CurationMerge</name>
    <message>
        <source>No annotator has a set on this article.</source>
        <translation>لا يملك أي مُعلِّق مجموعة على هذا المقال.</translation>
    </message>
    <message>
        <source>The set of %1 is not of the same text as the others.</source>
        <translation>مجموعة %1 ليست على النص نفسه الذي للآخرين.</translation>
    </message>
</context>
<context>
    <name>CurationView</name>
    <message>
        <source>This article cannot be curated: %1</source>
        <translation>لا يمكن تحكيم هذا المقال: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Curating&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; from %2: %n agreed unit(s) go into the gold as they are; </source>
        <translation>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
            <numerusform>&lt;b&gt;تحكيم&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; من %2: %n وحدة متفق عليها تدخل المرجع كما هي؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) differ and wait for your choice.</source>
        <translation>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
            <numerusform>%n وحدة مختلف فيها تنتظر اختيارك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Differs, undecided</source>
        <translation>مختلف، لم يُحسم</translation>
    </message>
    <message>
        <source>Differs, decided</source>
        <translation>مختلف، حُسم</translation>
    </message>
    <message>
        <source>Article text with the units marked</source>
        <translation>نص المقال مع الوحدات المعلَّمة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>علّمه</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Units the annotators differ on</source>
        <translation>الوحدات التي يختلف فيها المُعلِّقون</translation>
    </message>
    <message>
        <source>Each annotator&apos;s version of the selected unit</source>
        <translation>نسخة كل مُعلِّق من الوحدة المحددة</translation>
    </message>
    <message>
        <source>1-9: take annotator N&apos;s version    0 or Delete: drop the unit    Up/Down: move between units</source>
        <translation>1-9: اعتماد نسخة المُعلِّق رقم N    0 أو Delete: استبعاد الوحدة    أعلى/أسفل: التنقل بين الوحدات</translation>
    </message>
    <message>
        <source>&amp;Save as Gold</source>
        <translation>&amp;حفظ كمرجع ذهبي</translation>
    </message>
    <message>
        <source>Enabled once every differing unit is decided</source>
        <translation>يُتاح بعد حسم كل وحدة مختلف فيها</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1, agreed</source>
        <translation>%1، متفق عليه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every annotator agrees</source>
        <translation>يتفق جميع المُعلِّقين</translation>
    </message>
    <message>
        <source>Select a unit</source>
        <translation>اختر وحدة</translation>
    </message>
    <message>
        <source>%1  %2  ✓ chosen</source>
        <translation>%1  %2  ✓ مختارة</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(not marked)</source>
        <translation>(غير معلَّم)</translation>
    </message>
    <message>
        <source>There is no annotator %1 on this article.</source>
        <translation>لا يوجد مُعلِّق رقم %1 على هذا المقال.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved as the gold of “%1”: %2 mention(s), %3 affiliation(s), %4 casualty figure(s), %5 event(s).</source>
        <translation>حُفظ مرجعاً ذهبياً لـ “%1”: %2 إشارة، %3 انتماء، %4 حصيلة ضحايا، %5 حدث.</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>حُسم %1 من %2</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <source>%1&apos;s version (%2)</source>
        <translation>نسخة %1 (%2)</translation>
    </message>
    <message>
        <source>dropped, as %1 (%2)</source>
        <translation>مستبعدة، كما لدى %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>انتماء</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>المقطع</translation>
    </message>
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
        <source>Attributed to</source>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>ورد في</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>الضحية</translation>
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
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>النوع الفرعي</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
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
        <source>Figures</source>
        <translation>الحصائل</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>DatasetExporter</name>
    <message>
        <source>The project could not be read: %1</source>
        <translation>تعذّرت قراءة المشروع: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n article(s) with %1 annotation(s) to %2.</source>
        <translation>
            <numerusform>كُتب %n مقال مع %1 شرح توضيحي في %2.</numerusform>
            <numerusform>كُتب %n مقال مع %1 شرح توضيحي في %2.</numerusform>
            <numerusform>كُتب %n مقالان مع %1 شرح توضيحي في %2.</numerusform>
            <numerusform>كُتبت %n مقالات مع %1 شرح توضيحي في %2.</numerusform>
            <numerusform>كُتب %n مقالًا مع %1 شرح توضيحي في %2.</numerusform>
            <numerusform>كُتب %n مقال مع %1 شرح توضيحي في %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: %1</source>
        <translation>تقرير الفاقد: %1</translation>
    </message>
</context>
<context>
    <name>DatasetFormats</name>
    <message>
        <source>Document JSONL (lossless, the workbench&apos;s own)</source>
        <translation>Document JSONL (بلا فاقد، الصيغة الخاصة بالبرنامج)</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann per article)</source>
        <translation>brat standoff (.txt + .ann لكل مقال)</translation>
    </message>
    <message>
        <source>CoNLL-2003 style tokens and tags</source>
        <translation>وحدات لفظية ووسوم على نمط CoNLL-2003</translation>
    </message>
    <message>
        <source>doccano JSONL (text and label spans)</source>
        <translation>doccano JSONL (النص والمقاطع الموسومة)</translation>
    </message>
    <message>
        <source>spaCy JSONL (text and entities)</source>
        <translation>spaCy JSONL (النص والكيانات)</translation>
    </message>
    <message>
        <source>ACLED-style events CSV</source>
        <translation>CSV للأحداث على نمط ACLED</translation>
    </message>
    <message>
        <source>Casualty figures CSV</source>
        <translation>CSV لحصائل الضحايا</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per table</source>
        <translation>مصنف Excel (.xlsx)، ورقة لكل جدول</translation>
    </message>
</context>
<context>
    <name>DatasetImportDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>استيراد مجموعة بيانات</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>ت&amp;صفح...</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Tags (CoNLL):</source>
        <translation>ال&amp;وسوم (CoNLL):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>brat Folder</source>
        <translation>مجلد brat</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>اختر الملف المراد استيراده.</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>%1: the project could not store the import: %2</source>
        <translation>%1: تعذّر على المشروع حفظ الاستيراد: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) with %1 annotation(s).</source>
        <translation>
            <numerusform>استُورد %n مقال مع %1 شرح توضيحي.</numerusform>
            <numerusform>استُورد %n مقال مع %1 شرح توضيحي.</numerusform>
            <numerusform>استُورد %n مقالان مع %1 شرح توضيحي.</numerusform>
            <numerusform>استُوردت %n مقالات مع %1 شرح توضيحي.</numerusform>
            <numerusform>استُورد %n مقالًا مع %1 شرح توضيحي.</numerusform>
            <numerusform>استُورد %n مقال مع %1 شرح توضيحي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the project were left as they were.</source>
        <translation>
            <numerusform>%n مقال موجود مسبقًا في المشروع تُرك كما هو.</numerusform>
            <numerusform>%n مقال موجود مسبقًا في المشروع تُرك كما هو.</numerusform>
            <numerusform>%n مقالان موجودان مسبقًا في المشروع تُركا كما هما.</numerusform>
            <numerusform>%n مقالات موجودة مسبقًا في المشروع تُركت كما هي.</numerusform>
            <numerusform>%n مقالًا موجودًا مسبقًا في المشروع تُركت كما هي.</numerusform>
            <numerusform>%n مقال موجود مسبقًا في المشروع تُركت كما هي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>The %1 format cannot be imported (importable: %2).</source>
        <translation>لا يمكن استيراد الصيغة %1 (القابلة للاستيراد: %2).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
</context>
<context>
    <name>DatasetTables</name>
    <message>
        <source>ACLED interaction code unknown</source>
        <translation>رمز تفاعل ACLED غير معروف</translation>
    </message>
    <message>
        <source>no mention tells what kind of actor &quot;%1&quot; is</source>
        <translation>لا توجد إشارة تبيّن نوع الفاعل &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n not in this format</source>
        <translation>
            <numerusform>%n غير موجود في هذه الصيغة</numerusform>
            <numerusform>%n غير موجود في هذه الصيغة</numerusform>
            <numerusform>%n غير موجودين في هذه الصيغة</numerusform>
            <numerusform>%n غير موجودة في هذه الصيغة</numerusform>
            <numerusform>%n غير موجود في هذه الصيغة</numerusform>
            <numerusform>%n غير موجود في هذه الصيغة</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>affiliations</source>
        <translation>الانتماءات</translation>
    </message>
    <message>
        <source>casualty figures</source>
        <translation>حصائل الضحايا</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>article text and metadata</source>
        <translation>نص المقال وبياناته الوصفية</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>غير موجودة في هذه الصيغة</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>only the uid, id, title and publication date are in this format</source>
        <translation>لا يوجد في هذه الصيغة إلا uid والمعرّف والعنوان وتاريخ النشر</translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>نص بعد علامة الاقتباس الختامية لحقل (اكتب &quot;&quot; لعلامة اقتباس داخل حقل مقتبس)</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>حقل مقتبس لم يُغلق قبل نهاية الملف</translation>
    </message>
</context>
<context>
    <name>DetectionBenchmark</name>
    <message>
        <source>the bundled knowledge base is empty</source>
        <translation>قاعدة المعرفة المرفقة فارغة</translation>
    </message>
    <message>
        <source>detection benchmark failed: %1
</source>
        <translation>فشل قياس الكشف: %1
</translation>
    </message>
    <message>
        <source>detector build (bundled knowledge base): %1 ms; one thread; MB = 10^6 bytes of UTF-8 input; best of the passes (worst)
</source>
        <translation>بناء أداة الكشف (قاعدة المعرفة المرفقة): %1 مللي ثانية؛ خيط تنفيذ واحد؛ ميغابايت = 10^6 بايت من مُدخل UTF-8؛ أفضل التمريرات (أسوؤها)
</translation>
    </message>
    <message>
        <source>news corpus: %1 MB in %2 articles (conflict news from templates, with segments)
</source>
        <translation>مدوّنة الأخبار: %1 ميغابايت في %2 مقالة (أخبار نزاعات من قوالب، مع مقاطع)
</translation>
    </message>
    <message numerus="yes">
        <source>your articles: %1 MB in %2 articles (%3, taken %n time(s))
</source>
        <translation>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة %n مرة)
</numerusform>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة %n مرة)
</numerusform>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة مرتين)
</numerusform>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة %n مرات)
</numerusform>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة %n مرة)
</numerusform>
            <numerusform>مقالاتك: %1 ميغابايت في %2 مقالة (%3، مأخوذة %n مرة)
</numerusform>
        </translation>
    </message>
    <message>
        <source>synthetic corpus: %1 MB in %2 articles (MatcherBenchmark&apos;s kind: filler and made-up names, 600-byte lines)
</source>
        <translation>المدوّنة الاصطناعية: %1 ميغابايت في %2 مقالة (من نوع MatcherBenchmark: حشو وأسماء مختلقة، أسطر من 600 بايت)
</translation>
    </message>
    <message>
        <source>    matcher alone:  %1 MB/s (%2) %3 s, %4 matches
</source>
        <translation>    أداة المطابقة وحدها:  %1 ميغابايت/ث (%2) %3 ث، %4 تطابقًا
</translation>
    </message>
    <message>
        <source>    whole pipeline: %1 MB/s (%2) %3 s; %4 mentions, %5 affiliations, %6 casualty figures, %7 events
</source>
        <translation>    السلسلة كاملة: %1 ميغابايت/ث (%2) %3 ث؛ %4 إشارة، %5 انتماء، %6 حصيلة ضحايا، %7 حدثًا
</translation>
    </message>
    <message>
        <source>one long article: %1 MB in %2 s, %3 MB in %4 s: time x%5 for size x%6 (linear: about the same)
</source>
        <translation>مقالة طويلة واحدة: %1 ميغابايت في %2 ث، %3 ميغابايت في %4 ث: الزمن x%5 للحجم x%6 (الخطي: متقاربان)
</translation>
    </message>
    <message>
        <source>peak memory (VmHWM): %1 MB
</source>
        <translation>ذروة الذاكرة (VmHWM): %1 ميغابايت
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
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
    <message>
        <source>%1 casualty  &quot;%2&quot; %3, victim %4, perpetrator %5, low/best/high %6/%7/%8, %9, %10</source>
        <translation>%1 حصيلة  &quot;%2&quot; %3، الضحية %4، الفاعل %5، الأدنى/الأرجح/الأعلى %6/%7/%8، %9، %10</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation>، بصيغة متحفّظة</translation>
    </message>
    <message>
        <source>%1 event  %2 / %3, location %4 (%5), date %6, fatalities %7, %8 vs %9</source>
        <translation>%1 حدث  %2 / %3، المكان %4 (%5)، التاريخ %6، القتلى %7، %8 ضد %9</translation>
    </message>
    <message>
        <source>%1 affiliation  &quot;%2&quot; %3 %4 %5</source>
        <translation>%1 انتماء  &quot;%2&quot; %3 %4 %5</translation>
    </message>
    <message>
        <source>, former</source>
        <translation>، سابق</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>خاطئ</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>المقال: %1</translation>
    </message>
    <message>
        <source>Every casualty figure, event and affiliation was found.</source>
        <translation>عُثر على كل حصيلة ضحايا وكل حدث وكل انتماء.</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Missed</source>
        <translation>مُغفَل</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>زائد</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>نوع خاطئ</translation>
    </message>
    <message>
        <source>Wrong span</source>
        <translation>مقطع خاطئ</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>قيمة خاطئة</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>انتماء</translation>
    </message>
    <message>
        <source>casualty figure</source>
        <translation>حصيلة الضحايا</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an annotation and one of its fields: &quot;casualty figure: best&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Guideline: section %2, %3</source>
        <translation>%1
الإرشادات: القسم %2، %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>الشرح التوضيحي</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>التفسير</translation>
    </message>
</context>
<context>
    <name>DocumentJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (allowed: %3).</source>
        <translation>%1 غير معروف &quot;%2&quot; (المسموح: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>يجب أن يكون &quot;%1&quot; رقمًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time: %2</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا وفق ISO 8601: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>&quot;%1&quot; ليس تاريخًا (YYYY-MM-DD): %2</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 outside the text (0-%4 code points).</source>
        <translation>%1 له إزاحات %2-%3 خارج النص (0-%4 نقطة رمزية).</translation>
    </message>
    <message>
        <source>The document has no &quot;text&quot;.</source>
        <translation>المستند لا يحتوي على &quot;text&quot;.</translation>
    </message>
    <message>
        <source>Offsets in &quot;%1&quot; are not supported; this format uses code points.</source>
        <translation>الإزاحات في &quot;%1&quot; غير مدعومة؛ هذه الصيغة تستخدم النقاط الرمزية.</translation>
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
    <name>ExportBenchmark</name>
    <message>
        <source>project: %1 articles, %2 annotations, built in %3 s
export jsonl from the project: %4 MB in %5 s = %6 MB/s (goal &gt;= 100)
CPU time of the export, all threads: %10 s (%11 MB per CPU second)
serialise and write only: %7 MB/s
read the project only: %9 s
peak memory during the export: %8 MB (goal &lt; 1024)</source>
        <translation>المشروع: %1 مقال، %2 شرح توضيحي، أُنشئ في %3 ث
تصدير jsonl من المشروع: %4 ميغابايت في %5 ث = %6 ميغابايت/ث (الهدف &gt;= 100)
زمن المعالج للتصدير، كل الخيوط: %10 ث (%11 ميغابايت لكل ثانية معالج)
التسلسل والكتابة فقط: %7 ميغابايت/ث
قراءة المشروع فقط: %9 ث
ذروة الذاكرة أثناء التصدير: %8 ميغابايت (الهدف &lt; 1024)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>تصدير مجموعة بيانات</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>ت&amp;صفح...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>الحا&amp;لات:</translation>
    </message>
    <message>
        <source>everyone (or names separated by commas)</source>
        <translation>الجميع (أو أسماء مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>المُ&amp;علِّقون:</translation>
    </message>
    <message>
        <source>all (or ids such as 1, 2, 5)</source>
        <translation>الكل (أو معرّفات مثل 1, 2, 5)</translation>
    </message>
    <message>
        <source>A&amp;rticles:</source>
        <translation>الم&amp;قالات:</translation>
    </message>
    <message>
        <source>&amp;Published between</source>
        <translation>&amp;منشورة بين</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Include each article&apos;s &amp;history of changes</source>
        <translation>تضمين س&amp;جل تغييرات كل مقال</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>تصدير إلى مجلد</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>حدّد حالة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id.</source>
        <translation>&quot;%1&quot; ليس معرّف مقال.</translation>
    </message>
</context>
<context>
    <name>ExportFilter</name>
    <message>
        <source>event link to a filtered figure</source>
        <translation>رابط حدث إلى حصيلة ضحايا مستبعدة بالتصفية</translation>
    </message>
    <message>
        <source>casualty figure c%1 is left out by the filter</source>
        <translation>استبعد عامل التصفية حصيلة الضحايا c%1</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>the gold article</source>
        <translation>مقال المرجع الذهبي</translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 cannot be scored: %3</source>
        <translation>لا يمكن تقييم قراءة %1 لـ%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;i&gt;%2&lt;/i&gt;: strict F1 %3 over %n gold mention(s), lenient F1 %4, %5 disagreement(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارة مرجعية، وF1 المتساهل %4، و%5 خلاف.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارة مرجعية، وF1 المتساهل %4، و%5 خلاف.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارتين مرجعيتين، وF1 المتساهل %4، و%5 خلاف.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارات مرجعية، وF1 المتساهل %4، و%5 خلاف.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارة مرجعية، وF1 المتساهل %4، و%5 خلاف.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; في &lt;i&gt;%2&lt;/i&gt;: F1 الصارم %3 على %n إشارة مرجعية، وF1 المتساهل %4، و%5 خلاف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score per type</source>
        <translation>النتيجة حسب النوع</translation>
    </message>
    <message>
        <source>Strict F1 per type</source>
        <translation>F1 الصارم حسب النوع</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>an entity type and its F1 on the chart&apos;s axis: &quot;Armed group 0.67&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Article text with the disagreements marked</source>
        <translation>نص المقال مع تعليم الخلافات</translation>
    </message>
    <message>
        <source>Disagreements with gold</source>
        <translation>الخلافات مع المرجع الذهبي</translation>
    </message>
    <message>
        <source>Rows: the type gold gives; columns: the type the trainee gave. (none): not marked.</source>
        <translation>الصفوف: النوع في المرجع الذهبي؛ الأعمدة: النوع الذي أعطاه المتدرب. (لا شيء): غير مُعلَّم.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>انتماء</translation>
    </message>
    <message>
        <source>Casualty figure</source>
        <translation>حصيلة الضحايا</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>الشرح التوضيحي</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الصحيح</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Field accuracy</source>
        <translation>دقة الحقول</translation>
    </message>
    <message>
        <source>No disagreement with gold.</source>
        <translation>لا خلاف مع المرجع الذهبي.</translation>
    </message>
    <message>
        <source>Select a disagreement to see it in the text.</source>
        <translation>اختر خلافًا لرؤيته في النص.</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>الإرشادات: %1</translation>
    </message>
    <message>
        <source>Guideline: section %1, %2</source>
        <translation>الإرشادات: القسم %1، %2</translation>
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
    <name>FleissKappa</name>
    <message>
        <source>Kappa needs at least one subject; there is none.</source>
        <translation>تحتاج كابا إلى موضوع واحد على الأقل؛ ولا يوجد أي موضوع.</translation>
    </message>
    <message>
        <source>Subject %1 has %2 categories; the first has %3.</source>
        <translation>للموضوع %1 عدد %2 من الفئات؛ وللأول %3.</translation>
    </message>
    <message>
        <source>Subject %1 holds a negative count.</source>
        <translation>يحتوي الموضوع %1 على عدد سالب.</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs the same number of raters for every subject: subject %1 has %2, the first has %3.</source>
        <translation>تحتاج كابا فلايس إلى العدد نفسه من المقيّمين لكل موضوع: للموضوع %1 عدد %2، وللأول %3.</translation>
    </message>
    <message>
        <source>Kappa needs at least two raters per subject; there are %1.</source>
        <translation>تحتاج كابا إلى مقيّمَين اثنين على الأقل لكل موضوع؛ والعدد %1.</translation>
    </message>
    <message>
        <source>Every rating is the same category, so agreement by chance is certain and kappa is undefined.</source>
        <translation>كل التقييمات من الفئة نفسها، لذا فالاتفاق بالصدفة مؤكد وكابا غير معرَّفة.</translation>
    </message>
    <message>
        <source>Kappa needs at least two raters; there are %1.</source>
        <translation>تحتاج كابا إلى مقيّمَين اثنين على الأقل؛ والعدد %1.</translation>
    </message>
    <message>
        <source>The raters coded different numbers of units.</source>
        <translation>رمّز المقيّمون أعدادًا مختلفة من الوحدات.</translation>
    </message>
    <message>
        <source>Unit %1 has a missing rating; Fleiss&apos; kappa needs every rater&apos;s label of every unit (Krippendorff&apos;s alpha allows missing values).</source>
        <translation>ينقص الوحدة %1 تقييم؛ تحتاج كابا فلايس إلى تسمية كل مقيّم لكل وحدة (تسمح ألفا كريبندورف بالقيم الناقصة).</translation>
    </message>
</context>
<context>
    <name>GuiBenchmark</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>يتعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>Short article</source>
        <translation>مقال قصير</translation>
    </message>
    <message>
        <source>%1 article, %L2 annotations</source>
        <translation>مقال بحجم %1، %L2 شرح توضيحي</translation>
    </message>
    <message>
        <source>%1 single paragraph, %L2 annotations</source>
        <translation>فقرة واحدة بحجم %1، %L2 شرح توضيحي</translation>
    </message>
    <message>
        <source>Writing the review project...</source>
        <translation>جارٍ كتابة مشروع المراجعة...</translation>
    </message>
    <message>
        <source>review project written in %1 s: %2</source>
        <translation>كُتب مشروع المراجعة في %1 ث: %2</translation>
    </message>
    <message>
        <source>Writing a project of %L1 articles...</source>
        <translation>جارٍ كتابة مشروع من %L1 مقال...</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <source>list project of %L1 articles written in %2 s</source>
        <translation>كُتب مشروع القائمة المكوّن من %L1 مقال في %2 ث</translation>
    </message>
    <message>
        <source>warm start to a painted window (window, project, first article)</source>
        <translation>تشغيل دافئ حتى رسم النافذة (النافذة، المشروع، المقال الأول)</translation>
    </message>
    <message>
        <source>The review project could not be opened.</source>
        <translation>تعذّر فتح مشروع المراجعة.</translation>
    </message>
    <message>
        <source>The review window could not be shown.</source>
        <translation>تعذّر عرض نافذة المراجعة.</translation>
    </message>
    <message>
        <source>The review window did not become active.</source>
        <translation>لم تصبح نافذة المراجعة نشطة.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>جارٍ فتح %1...</translation>
    </message>
    <message>
        <source>open the %1, to painted</source>
        <translation>فتح %1، حتى الرسم</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>تعذّر فتح %1.</translation>
    </message>
    <message>
        <source>Keys in the %1...</source>
        <translation>المفاتيح في %1...</translation>
    </message>
    <message>
        <source>cursor key (Down) in the %1</source>
        <translation>مفتاح المؤشر (Down) في %1</translation>
    </message>
    <message>
        <source>scroll (Page Down) in the %1</source>
        <translation>التمرير (Page Down) في %1</translation>
    </message>
    <message>
        <source>accept (A, committed) in the %1</source>
        <translation>القبول (A، مُثبَّت) في %1</translation>
    </message>
    <message>
        <source>Jumps in the %1...</source>
        <translation>القفزات في %1...</translation>
    </message>
    <message>
        <source>jump anywhere with the scroll bar in the %1</source>
        <translation>القفز إلى أي موضع بشريط التمرير في %1</translation>
    </message>
    <message>
        <source>jump to an annotation chosen in the panel in the %1</source>
        <translation>القفز إلى شرح توضيحي مختار في اللوحة في %1</translation>
    </message>
    <message>
        <source>Opening the project of %L1 articles...</source>
        <translation>جارٍ فتح المشروع المكوّن من %L1 مقال...</translation>
    </message>
    <message>
        <source>The list project could not be opened.</source>
        <translation>تعذّر فتح مشروع القائمة.</translation>
    </message>
    <message>
        <source>open a project of %L1 articles, to listed and painted</source>
        <translation>فتح مشروع من %L1 مقال، حتى عرض القائمة ورسمها</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source> (first run %1 ms)</source>
        <translation> (التشغيل الأول %1 مللي ثانية)</translation>
    </message>
    <message>
        <source>p50 %1, p95 %2, max %3 ms over %4</source>
        <translation>p50 %1، p95 %2، الأقصى %3 مللي ثانية على %4</translation>
    </message>
    <message>
        <source>goal p95 &lt;= %1 ms</source>
        <translation>الهدف p95 &lt;= %1 مللي ثانية</translation>
    </message>
    <message>
        <source>goal &lt;= %1 ms</source>
        <translation>الهدف &lt;= %1 مللي ثانية</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>(for comparison)</source>
        <translation>(للمقارنة)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>peak memory: %1 MiB</source>
        <translation>ذروة الذاكرة: %1 ميبيبايت</translation>
    </message>
</context>
<context>
    <name>GuidelineAnchors</name>
    <message>
        <source>Segments: what is the article and what is page noise</source>
        <translation>الأقسام: ما هو من المقال وما هو ضجيج الصفحة</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>أنواع الكيانات</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>State force</source>
        <translation>قوة حكومية</translation>
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
        <source>One actor, many names: the knowledge-base entry</source>
        <translation>فاعل واحد وأسماء عدة: مدخل قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>الانتماءات</translation>
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
        <source>Former ties, stance and source</source>
        <translation>الروابط السابقة ودرجة التأكيد والمصدر</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <translation>حصائل الضحايا</translation>
    </message>
    <message>
        <source>Kind: killed, wounded, captured, missing</source>
        <translation>الفئة: قتلى، جرحى، أسرى، مفقودون</translation>
    </message>
    <message>
        <source>Victim and perpetrator</source>
        <translation>الضحية والجهة المسؤولة</translation>
    </message>
    <message>
        <source>Reading numbers</source>
        <translation>قراءة الأعداد</translation>
    </message>
    <message>
        <source>What is not a casualty figure</source>
        <translation>ما لا يُعد حصيلة ضحايا</translation>
    </message>
    <message>
        <source>Events (for ACLED-style export)</source>
        <translation>الأحداث (للتصدير على نمط ACLED)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Event date and its precision</source>
        <translation>تاريخ الحدث ودقته</translation>
    </message>
    <message>
        <source>Event location and its precision</source>
        <translation>موقع الحدث ودقته</translation>
    </message>
    <message>
        <source>Fatalities: the sum of the killed figures</source>
        <translation>القتلى: مجموع حصائل القتلى</translation>
    </message>
    <message>
        <source>Review status and provenance</source>
        <translation>حالة المراجعة والمصدر</translation>
    </message>
    <message>
        <source>Training and agreement</source>
        <translation>التدريب والاتفاق</translation>
    </message>
    <message>
        <source>Gold documents and trainee scores</source>
        <translation>مستندات المرجع الذهبي ونتائج المتدربين</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>الاتفاق بين المحللين</translation>
    </message>
    <message>
        <source>Thresholds in common use</source>
        <translation>العتبات الشائعة الاستخدام</translation>
    </message>
</context>
<context>
    <name>GuidelineBook</name>
    <message>
        <source>en</source>
        <comment>The language code (en, fr or ar) of the guideline pages shown with this translation</comment>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>GuidelinesDock</name>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>The guidelines have no rule called &quot;%1&quot;.</source>
        <translation>لا توجد في الإرشادات قاعدة باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>القاعدة: %1</translation>
    </message>
    <message>
        <source>Not opened: %1. The guidelines open no page outside the program; copy the address into a web browser to read it.</source>
        <translation>لم يُفتح: %1. لا تفتح الإرشادات أي صفحة خارج البرنامج؛ انسخ العنوان إلى متصفح ويب لقراءتها.</translation>
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
    <name>HistoryJson</name>
    <message>
        <source>History row %1 needs &quot;kind&quot;, &quot;field&quot; and an ISO 8601 &quot;at&quot;.</source>
        <translation>يحتاج صف السجل %1 إلى &quot;kind&quot; و&quot;field&quot; و&quot;at&quot; بصيغة ISO 8601.</translation>
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
    <name>ImportRunner</name>
    <message>
        <source>Reading the articles...</source>
        <translation>جارٍ قراءة المقالات...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancelling after the current article...</source>
        <translation>جارٍ الإلغاء بعد المقال الحالي...</translation>
    </message>
    <message>
        <source>Reading and detecting %1 (%2 of %3)...</source>
        <translation>جارٍ قراءة %1 والكشف فيه (%2 من %3)...</translation>
    </message>
</context>
<context>
    <name>JsonlReader</name>
    <message>
        <source>Event ev%1 names casualty figure c%2, which the document does not have.</source>
        <translation>يذكر الحدث ev%1 حصيلة الضحايا c%2 التي لا يحتويها المستند.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>ليس JSON (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>KbImporter</name>
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
        <translation>العمود &quot;%1&quot; مكرر؛ يُستخدم الأول</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored (known columns: %2)</source>
        <translation>تم تجاهل العمود غير المعروف &quot;%1&quot; (الأعمدة المعروفة: %2)</translation>
    </message>
    <message>
        <source>the first row is not a header row; it must name the columns (%1)</source>
        <translation>الصف الأول ليس صف ترويسة؛ يجب أن يسمّي الأعمدة (%1)</translation>
    </message>
    <message>
        <source>the header row has no &quot;canonical&quot; column</source>
        <translation>صف الترويسة لا يحتوي على العمود &quot;canonical&quot;</translation>
    </message>
    <message>
        <source>the header row has no &quot;type&quot; column</source>
        <translation>صف الترويسة لا يحتوي على العمود &quot;type&quot;</translation>
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
        <translation>نوع غير معروف &quot;%1&quot; (استخدم %2)</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot; (use %2)</source>
        <translation>درجة يقين غير معروفة &quot;%1&quot; (استخدم %2)</translation>
    </message>
    <message>
        <source>the canonical name &quot;%1&quot; has no letters or digits</source>
        <translation>الاسم المعتمد &quot;%1&quot; لا يحتوي على حروف أو أرقام</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first on line %2)</source>
        <translation>معرّف مكرر &quot;%1&quot; (أول ظهور في السطر %2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
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
        <translation>%1: معرّف مكرر &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation>علاقة غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot;</source>
        <translation>درجة يقين غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>معرّف غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>states.tsv: %1: &quot;%2&quot; is not a state force</source>
        <translation>states.tsv: %1: «%2» ليست قوة حكومية</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» ليس تاريخًا (استخدم YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: السطر %2: %3</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 حقول، والمتوقع %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed to itself</source>
        <translation>لا يمكن إعادة تسمية «%1» باسمه نفسه</translation>
    </message>
    <message>
        <source>renamings.tsv: &quot;%1&quot; is renamed back to itself</source>
        <translation>renamings.tsv: إعادة تسمية «%1» تعود إليه نفسه</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <source>Alpha needs at least two pairable values (two coders&apos; values of one unit); these data have none.</source>
        <translation>تحتاج ألفا إلى قيمتين قابلتين للإقران على الأقل (قيمتا مُرمِّزَين لوحدة واحدة)؛ ولا توجد أي منها في هذه البيانات.</translation>
    </message>
    <message>
        <source>Every pairable value is the same, so no disagreement could be expected by chance and alpha is undefined.</source>
        <translation>كل القيم القابلة للإقران متطابقة، لذا لا يمكن توقع أي خلاف بالصدفة وألفا غير معرَّفة.</translation>
    </message>
    <message>
        <source>Unit %1 holds a value that is not a finite number.</source>
        <translation>تحتوي الوحدة %1 على قيمة ليست عددًا منتهيًا.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>LossReport</name>
    <message>
        <source>Nothing was lost: the format carried every field of every annotation.</source>
        <translation>لم يُفقد شيء: حملت الصيغة كل حقل من كل شرح توضيحي.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be carried:</source>
        <translation>
            <numerusform>تعذّر حمل %n عنصر:</numerusform>
            <numerusform>تعذّر حمل %n عنصر:</numerusform>
            <numerusform>تعذّر حمل %n عنصرين:</numerusform>
            <numerusform>تعذّر حمل %n عناصر:</numerusform>
            <numerusform>تعذّر حمل %n عنصرًا:</numerusform>
            <numerusform>تعذّر حمل %n عنصر:</numerusform>
        </translation>
    </message>
    <message>
        <source>article	annotation	what	detail</source>
        <translation>المقال	الشرح التوضيحي	العنصر	التفاصيل</translation>
    </message>
    <message>
        <source>Cannot write the loss report %1: %2</source>
        <translation>تتعذّر كتابة تقرير الفاقد %1: %2</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح مشروع &amp;حديث</translation>
    </message>
    <message>
        <source>Import &amp;Dataset...</source>
        <translation>استيراد &amp;مجموعة بيانات...</translation>
    </message>
    <message>
        <source>&amp;Export Dataset...</source>
        <translation>ت&amp;صدير مجموعة بيانات...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>الإ&amp;عدادات...</translation>
    </message>
    <message>
        <source>Hide Page &amp;Noise</source>
        <translation>إخفاء &amp;ضجيج الصفحة</translation>
    </message>
    <message>
        <source>Collapse boilerplate, reader comments and spam</source>
        <translation>طيّ النصوص المتكررة وتعليقات القرّاء والرسائل المزعجة</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>An import is still running into the open project. Wait for it to end, or cancel it, then open the other project.</source>
        <translation>لا يزال استيراد جاريًا في المشروع المفتوح. انتظر انتهاءه أو ألغِه، ثم افتح المشروع الآخر.</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>لا يوجد مشروع</translation>
    </message>
    <message>
        <source>An import is running: wait for it to end, or cancel it.</source>
        <translation>يجري استيراد: انتظر انتهاءه أو ألغِه.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n path(s)...</source>
        <translation>
            <numerusform>جارٍ استيراد %n مسار...</numerusform>
            <numerusform>جارٍ استيراد %n مسار...</numerusform>
            <numerusform>جارٍ استيراد %n مسارين...</numerusform>
            <numerusform>جارٍ استيراد %n مسارات...</numerusform>
            <numerusform>جارٍ استيراد %n مسارًا...</numerusform>
            <numerusform>جارٍ استيراد %n مسار...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the project.</source>
        <translation>أُعيد التحميل من المشروع.</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported; save the page first.</source>
        <translation>لا يمكن استيراد إلا الملفات والمجلدات الموجودة على هذا الحاسوب؛ احفظ الصفحة أولًا.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>لا تحتوي الحافظة على نص للاستيراد.</translation>
    </message>
    <message>
        <source>&amp;Guideline for the Selection</source>
        <translation>&amp;قاعدة التحديد</translation>
    </message>
    <message>
        <source>The &amp;Labelling Guidelines</source>
        <translation>&amp;إرشادات الوسم</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;التدريب</translation>
    </message>
    <message>
        <source>%1 - %2&apos;s set (blind) - Conflict Workbench</source>
        <translation>%1 - مجموعة %2 (معزولة) - Conflict Workbench</translation>
    </message>
    <message>
        <source>Showing the shared set.</source>
        <translation>عرض المجموعة المشتركة.</translation>
    </message>
    <message>
        <source>Annotating as %1: only %1&apos;s own annotations are shown.</source>
        <translation>الوسم باسم %1: تُعرض وسوم %1 وحدها.</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <source>Legend of the marks</source>
        <translation>مفتاح العلامات</translation>
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
    <name>PairwiseAgreementModel</name>
    <message>
        <source>An annotator with itself.</source>
        <translation>مُعلِّق مع نفسه.</translation>
    </message>
    <message>
        <source>%1 and %2 read no article in common.</source>
        <translation>لم يقرأ %1 و%2 أي مقال مشترك.</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>F1 للمقاطع</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>كابا كوهين</translation>
    </message>
    <message>
        <source>%1 and %2: %3 %4</source>
        <translation>%1 و%2: %3 %4</translation>
    </message>
</context>
<context>
    <name>ProjectKnowledge</name>
    <message>
        <source>Added by %1 when confirming &quot;%2&quot;.</source>
        <translation>أضافه %1 عند تأكيد &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the project&apos;s knowledge base.</source>
        <translation>أُضيف &quot;%1&quot; إلى قاعدة معارف المشروع.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now known as a name of %2.</source>
        <translation>أصبح &quot;%1&quot; معروفًا بوصفه اسمًا لـ %2.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the article.</source>
        <translation>يشير الحدث &quot;%1&quot; إلى حصيلة الضحايا %2، وهي ليست جزءًا من المقالة.</translation>
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
        <translation>يحتاج مدخل قاعدة المعارف إلى معرّف (&quot;%1&quot; ليس له معرّف).</translation>
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
        <translation>يحتاج الانتماء في قاعدة المعارف إلى فاعل وطرف آخر معًا (&quot;%1&quot; %2 &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>An alias needs an entry id and a name (got &quot;%1&quot; for &quot;%2&quot;).</source>
        <translation>يحتاج الاسم البديل إلى معرّف مدخل واسم (وردت القيمة &quot;%1&quot; لـ &quot;%2&quot;).</translation>
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
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>تتعذّر قراءة %1: الإذن مرفوض.</translation>
    </message>
    <message>
        <source>The project could not be read.</source>
        <translation>تعذّرت قراءة المشروع.</translation>
    </message>
    <message>
        <source>%1 has not started article %2; start it before annotating.</source>
        <translation>لم يبدأ %1 المقال %2؛ ابدأه قبل الشرح التوضيحي.</translation>
    </message>
    <message>
        <source>An annotator needs a name.</source>
        <translation>يحتاج المُعلِّق إلى اسم.</translation>
    </message>
    <message>
        <source>An annotator&apos;s name cannot start with &apos;#&apos;.</source>
        <translation>لا يمكن أن يبدأ اسم المُعلِّق بـ &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The project already has an annotator called &quot;%1&quot;.</source>
        <translation>في المشروع مسبقًا مُعلِّق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The shared set needs no start; name an annotator.</source>
        <translation>لا تحتاج المجموعة المشتركة إلى بدء؛ حدّد اسم مُعلِّق.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project.</source>
        <translation>&quot;%1&quot; ليس مُعلِّقًا في هذا المشروع.</translation>
    </message>
    <message>
        <source>%1 has already started article %2.</source>
        <translation>بدأ %1 المقال %2 مسبقًا.</translation>
    </message>
    <message>
        <source>%1 has no set on article %2 to mark as gold.</source>
        <translation>ليس لدى %1 مجموعة في المقال %2 لاعتمادها مرجعًا ذهبيًا.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the curated set.</source>
        <translation>يشير الحدث &quot;%1&quot; إلى حصيلة الضحايا %2 التي ليست جزءًا من المجموعة المعتمدة.</translation>
    </message>
    <message>
        <source>Article %1 has no gold mark.</source>
        <translation>ليس للمقال %1 علامة مرجع ذهبي.</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>لا توجد مشاريع حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>م&amp;سح القائمة</translation>
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
    <message>
        <source>An event needs a type (Battles, Explosions/Remote violence, ...).</source>
        <translation>يحتاج الحدث إلى نوع (Battles، Explosions/Remote violence، ...).</translation>
    </message>
    <message>
        <source>An event needs at least its first actor.</source>
        <translation>يحتاج الحدث إلى فاعله الأول على الأقل.</translation>
    </message>
    <message>
        <source>Fatalities cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد القتلى سالبًا.</translation>
    </message>
    <message>
        <source>An event with a date precision needs a date.</source>
        <translation>يحتاج الحدث ذو دقة التاريخ إلى تاريخ.</translation>
    </message>
    <message>
        <source>The place precision is 1 (named town), 2 (near a town) or 3 (region only).</source>
        <translation>دقة المكان هي 1 (بلدة مذكورة بالاسم) أو 2 (قرب بلدة) أو 3 (المنطقة فقط).</translation>
    </message>
    <message>
        <source>The date precision is 1 (day), 2 (week) or 3 (month).</source>
        <translation>دقة التاريخ هي 1 (يوم) أو 2 (أسبوع) أو 3 (شهر).</translation>
    </message>
    <message>
        <source>There is no event in row %1 to correct.</source>
        <translation>لا يوجد حدث في الصف %1 لتصحيحه.</translation>
    </message>
    <message>
        <source>An event has no span of its own: adjust its figures.</source>
        <translation>ليس للحدث مقطع خاص به: عدّل حصائل الضحايا التابعة له.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to adjust.</source>
        <translation>لا يوجد شرح توضيحي في الصف %1 لتعديله.</translation>
    </message>
    <message>
        <source>The span cannot move further that way.</source>
        <translation>لا يمكن تحريك المقطع أبعد في هذا الاتجاه.</translation>
    </message>
    <message>
        <source>The span cannot shrink or move further that way.</source>
        <translation>لا يمكن تقليص المقطع أو تحريكه أبعد في هذا الاتجاه.</translation>
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
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف الشرح التوضيحي</translation>
    </message>
    <message>
        <source>Extend the Span&apos;s End by a Word</source>
        <translation>تمديد نهاية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Shrink the Span&apos;s End by a Word</source>
        <translation>تقليص نهاية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Extend the Span&apos;s Start by a Word</source>
        <translation>تمديد بداية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Shrink the Span&apos;s Start by a Word</source>
        <translation>تقليص بداية المقطع بكلمة</translation>
    </message>
    <message>
        <source>&amp;Reload from the Project</source>
        <translation>إ&amp;عادة التحميل من المشروع</translation>
    </message>
    <message>
        <source>Ad&amp;just Span</source>
        <translation>ض&amp;بط المقطع</translation>
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
    <message>
        <source>The article cannot be opened for review: %1 has not started it.</source>
        <translation>يتعذّر فتح المقال للمراجعة: لم يبدأه %1.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>A new language applies when Conflict Workbench next starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Conflict Workbench في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SpanJsonlReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>ليس JSON (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>the line has no &quot;text&quot;</source>
        <translation>السطر ليس فيه &quot;text&quot;</translation>
    </message>
    <message>
        <source>span %1 is not [start, end, &quot;LABEL&quot;]</source>
        <translation>المقطع %1 ليس بالصيغة [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <source>span %1 has offsets %2-%3 outside the text (0-%4 code points)</source>
        <translation>المقطع %1 له إزاحات %2-%3 خارج النص (0-%4 نقطة رمزية)</translation>
    </message>
    <message>
        <source>label outside the codebook</source>
        <translation>تسمية خارج دليل الترميز</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; at %4-%5 was not imported</source>
        <translation>%1، السطر %2: لم يُستورد &quot;%3&quot; عند %4-%5</translation>
    </message>
</context>
<context>
    <name>SpanJsonlWriter</name>
    <message>
        <source>rejected annotation (no label)</source>
        <translation>شرح توضيحي مرفوض (بلا تسمية)</translation>
    </message>
    <message>
        <source>annotation details</source>
        <translation>تفاصيل الشروح التوضيحية</translation>
    </message>
    <message>
        <source>only span and label are carried: status, provenance, canonical names, knowledge-base ids and casualty numbers are not</source>
        <translation>لا يُحمل إلا المقطع والتسمية: أما الحالة والمصدر والأسماء المعتمدة ومعرّفات قاعدة المعرفة وأعداد حصائل الضحايا فلا</translation>
    </message>
    <message>
        <source>affiliations and events</source>
        <translation>الانتماءات والأحداث</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>غير موجودة في هذه الصيغة</translation>
    </message>
    <message>
        <source>article metadata</source>
        <translation>البيانات الوصفية للمقال</translation>
    </message>
    <message>
        <source>title, source, dates and segments are not in this format</source>
        <translation>العنوان والمصدر والتواريخ والأقسام ليست في هذه الصيغة</translation>
    </message>
    <message>
        <source>overlapping span</source>
        <translation>مقطع متداخل</translation>
    </message>
    <message>
        <source>spaCy entities cannot overlap; %1 at %2-%3 overlaps %4 and was left out</source>
        <translation>لا يمكن أن تتداخل كيانات spaCy؛ %1 عند %2-%3 يتداخل مع %4 فاستُبعد</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
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
        <translation>ترميز غير معروف &quot;%1&quot;. اختر واحدًا من: %2.</translation>
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
    <name>TraineeProgressChart</name>
    <message>
        <source>No scored session yet</source>
        <translation>لا توجد جلسة مُقيَّمة بعد</translation>
    </message>
    <message>
        <source>Strict F1 over time</source>
        <translation>F1 الصارم عبر الزمن</translation>
    </message>
    <message>
        <source>%1: strict F1 over time</source>
        <translation>%1: F1 الصارم عبر الزمن</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>TraineeScore</name>
    <message>
        <source>The trainee&apos;s document is not the gold article&apos;s text, so their offsets cannot be compared.</source>
        <translation>مستند المتدرب ليس نص مقال المرجع الذهبي، لذا لا يمكن مقارنة إزاحاته.</translation>
    </message>
    <message>
        <source>Missed: gold marks “%1” as %2.</source>
        <translation>مُغفَل: يُعلِّم المرجع الذهبي «%1» بوصفه %2.</translation>
    </message>
    <message>
        <source>Extra: gold does not mark “%1” as %2.</source>
        <translation>زائد: لا يُعلِّم المرجع الذهبي «%1» بوصفه %2.</translation>
    </message>
    <message>
        <source>Wrong type: gold marks “%1” as %2, not %3.</source>
        <translation>نوع خاطئ: يُعلِّم المرجع الذهبي «%1» بوصفه %2، لا %3.</translation>
    </message>
    <message>
        <source>Wrong span: gold marks “%1” as %2, not “%3”.</source>
        <translation>مقطع خاطئ: يُعلِّم المرجع الذهبي «%1» بوصفه %2، لا «%3».</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>target</source>
        <translation>الطرف الآخر</translation>
    </message>
    <message>
        <source>former</source>
        <translation>سابقة</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <source>best figure</source>
        <translation>أفضل تقدير</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Wrong %1: gold reads “%2”, not “%3”.</source>
        <translation>خطأ في %1: يقرأ المرجع الذهبي «%2»، لا «%3».</translation>
    </message>
    <message>
        <source>Missed: gold reads the claim %1.</source>
        <translation>مُغفَل: يقرأ المرجع الذهبي الادعاء %1.</translation>
    </message>
    <message>
        <source>Extra: gold reads no claim %1.</source>
        <translation>زائد: لا يقرأ المرجع الذهبي أي ادعاء %1.</translation>
    </message>
    <message>
        <source>Missed: gold reads a casualty figure in “%1”.</source>
        <translation>مُغفَل: يقرأ المرجع الذهبي حصيلة ضحايا في «%1».</translation>
    </message>
    <message>
        <source>Extra: gold reads no casualty figure in “%1”.</source>
        <translation>زائد: لا يقرأ المرجع الذهبي أي حصيلة ضحايا في «%1».</translation>
    </message>
    <message>
        <source>Missed: gold records an event (%1, %2, %3).</source>
        <translation>مُغفَل: يسجّل المرجع الذهبي حدثًا (%1، %2، %3).</translation>
    </message>
    <message>
        <source>Extra: gold records no event (%1, %2, %3).</source>
        <translation>زائد: لا يسجّل المرجع الذهبي أي حدث (%1، %2، %3).</translation>
    </message>
</context>
<context>
    <name>TraineeScoreModel</name>
    <message>
        <source>All mentions</source>
        <translation>كل الإشارات</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>الانتماءات</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <translation>حصائل الضحايا</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Annotations other than mentions are scored by their fields, not by span overlap.</source>
        <translation>تُقيَّم الشروح التوضيحية غير الإشارات بحقولها، لا بتداخل المقاطع.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المرجع الذهبي</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1 (strict)</source>
        <translation>F1 (صارم)</translation>
    </message>
    <message>
        <source>F1 (lenient)</source>
        <translation>F1 (متساهل)</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>Annotate as a &amp;Trainee...</source>
        <translation>الوسم &amp;كمتدرب...</translation>
    </message>
    <message>
        <source>Back to the &amp;Shared Set</source>
        <translation>العودة إلى المجموعة ال&amp;مشتركة</translation>
    </message>
    <message>
        <source>Mark the Shown Set as &amp;Gold</source>
        <translation>اعتماد المجموعة المعروضة &amp;مرجعاً</translation>
    </message>
    <message>
        <source>S&amp;core the Trainee...</source>
        <translation>&amp;تقييم المتدرب...</translation>
    </message>
    <message>
        <source>&amp;Agreement Between Annotators...</source>
        <translation>&amp;الاتفاق بين المُعلِّقين...</translation>
    </message>
    <message>
        <source>Casualty Figures by &amp;Actor...</source>
        <translation>حصيلة الضحايا حسب ال&amp;فاعل...</translation>
    </message>
    <message>
        <source>Open a project and an article first.</source>
        <translation>افتح مشروعاً ومقالاً أولاً.</translation>
    </message>
    <message>
        <source>Annotate as a Trainee</source>
        <translation>الوسم كمتدرب</translation>
    </message>
    <message>
        <source>The trainee&apos;s name. The article opens blind: only the trainee&apos;s own annotations are shown, none of the shared set&apos;s or anyone else&apos;s.</source>
        <translation>اسم المتدرب. يُفتح المقال معزولاً: تُعرض وسوم المتدرب وحدها، لا وسوم المجموعة المشتركة ولا وسوم غيره.</translation>
    </message>
    <message>
        <source>%1 cannot be added as a trainee: %2</source>
        <translation>تعذّرت إضافة %1 متدرباً: %2</translation>
    </message>
    <message>
        <source>The article could not be started for %1: %2</source>
        <translation>تعذّر بدء المقال لـ %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>The shared set of this article is now its gold.</source>
        <translation>أصبحت المجموعة المشتركة لهذا المقال مرجعه الذهبي.</translation>
    </message>
    <message>
        <source>%1&apos;s set of this article is now its gold.</source>
        <translation>أصبحت مجموعة %1 لهذا المقال مرجعه الذهبي.</translation>
    </message>
    <message>
        <source>Score the Trainee</source>
        <translation>تقييم المتدرب</translation>
    </message>
    <message>
        <source>This article has no gold yet: an adjudicator marks a set as gold first (Training &gt; Mark the Shown Set as Gold).</source>
        <translation>ليس لهذا المقال مرجع ذهبي بعد: على المُحكِّم أن يعتمد مجموعة مرجعاً أولاً (التدريب &gt; اعتماد المجموعة المعروضة مرجعاً).</translation>
    </message>
    <message>
        <source>The sets could not be read: %1</source>
        <translation>تعذّرت قراءة المجموعات: %1</translation>
    </message>
    <message>
        <source>%1 against the gold of “%2”</source>
        <translation>%1 مقارنةً بمرجع “%2”</translation>
    </message>
    <message>
        <source>Agreement Between Annotators</source>
        <translation>الاتفاق بين المُعلِّقين</translation>
    </message>
    <message>
        <source>Casualty Figures by Actor</source>
        <translation>حصيلة الضحايا حسب الفاعل</translation>
    </message>
    <message>
        <source>C&amp;urate Gold...</source>
        <translation>&amp;تحكيم المرجع الذهبي...</translation>
    </message>
    <message>
        <source>The curated gold is saved.</source>
        <translation>حُفظ المرجع الذهبي المُحكَّم.</translation>
    </message>
    <message>
        <source>Curate Gold</source>
        <translation>تحكيم المرجع الذهبي</translation>
    </message>
    <message>
        <source>Agreement between annotators</source>
        <translation>الاتفاق بين المُعلِّقين</translation>
    </message>
    <message>
        <source>%1 is annotating as a trainee: go back to the shared set to decide gold.</source>
        <translation>%1 يوسم كمتدرب: عد إلى المجموعة المشتركة لتقرير المرجع الذهبي.</translation>
    </message>
    <message>
        <source>Only an adjudicator decides gold; this project lists %1 as %2.</source>
        <translation>المُحكِّم وحده يقرر المرجع الذهبي؛ وهذا المشروع يسجّل %1 بصفة %2.</translation>
    </message>
    <message>
        <source>A&amp;nnotators...</source>
        <translation>ال&amp;مُعلِّقون...</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>n/a (%1)</source>
        <translation>غير متاح (%1)</translation>
    </message>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation>تعذّرت قراءة المقال %1: %2</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>المقال %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Trainee %1: %n gold article(s)</source>
        <translation>
            <numerusform>المتدرب %1: %n مقال مرجعي</numerusform>
            <numerusform>المتدرب %1: %n مقال مرجعي</numerusform>
            <numerusform>المتدرب %1: %n مقالان مرجعيان</numerusform>
            <numerusform>المتدرب %1: %n مقالات مرجعية</numerusform>
            <numerusform>المتدرب %1: %n مقالًا مرجعيًا</numerusform>
            <numerusform>المتدرب %1: %n مقال مرجعي</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  تُخطّي: %1</translation>
    </message>
    <message>
        <source>Nothing to score: no gold article has a set of %1.</source>
        <translation>لا شيء للتقييم: لا يوجد مقال مرجعي فيه مجموعة لـ%1.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>صارم</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>متساهل</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Affiliations      P/R/F1 %1  fields: %2</source>
        <translation>الانتماءات        P/R/F1 %1  الحقول: %2</translation>
    </message>
    <message>
        <source>Casualty figures  P/R/F1 %1  fields: %2</source>
        <translation>حصائل الضحايا     P/R/F1 %1  الحقول: %2</translation>
    </message>
    <message>
        <source>Events            P/R/F1 %1  fields: %2</source>
        <translation>الأحداث           P/R/F1 %1  الحقول: %2</translation>
    </message>
    <message>
        <source>Per article (mentions)</source>
        <translation>حسب المقال (الإشارات)</translation>
    </message>
    <message>
        <source>  %1 %2 strict F1 %3  lenient F1 %4  disagreements %5  gold: %6</source>
        <translation>  %1 %2 F1 صارم %3  F1 متساهل %4  خلافات %5  المرجع الذهبي: %6</translation>
    </message>
    <message>
        <source>shared set</source>
        <translation>المجموعة المشتركة</translation>
    </message>
    <message>
        <source>Confusion matrix (rows gold, columns trainee)</source>
        <translation>مصفوفة الالتباس (الصفوف: المرجع الذهبي، الأعمدة: المتدرب)</translation>
    </message>
    <message>
        <source>Disagreements (article [code points] kind: explanation (rule))</source>
        <translation>الخلافات (المقال [النقاط الرمزية] الفئة: التفسير (القاعدة))</translation>
    </message>
    <message>
        <source>strict spans</source>
        <translation>مقاطع صارمة</translation>
    </message>
    <message>
        <source>overlapping spans</source>
        <translation>مقاطع متداخلة</translation>
    </message>
    <message numerus="yes">
        <source>Agreement between %n annotator(s) on %1 article(s) read by two or more</source>
        <translation>
            <numerusform>الاتفاق بين %n مُعلِّق على %1 مقال قرأه اثنان أو أكثر</numerusform>
            <numerusform>الاتفاق بين %n مُعلِّق على %1 مقال قرأه اثنان أو أكثر</numerusform>
            <numerusform>الاتفاق بين %n مُعلِّقَين على %1 مقال قرأه اثنان أو أكثر</numerusform>
            <numerusform>الاتفاق بين %n مُعلِّقين على %1 مقال قرأه اثنان أو أكثر</numerusform>
            <numerusform>الاتفاق بين %n مُعلِّقًا على %1 مقال قرأه اثنان أو أكثر</numerusform>
            <numerusform>الاتفاق بين %n مُعلِّق على %1 مقال قرأه اثنان أو أكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotators: %1</source>
        <translation>المُعلِّقون: %1</translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators with sets.</source>
        <translation>يحتاج الاتفاق إلى مُعلِّقَين اثنين على الأقل لديهما مجموعات.</translation>
    </message>
    <message>
        <source>Entity labels, units: %1</source>
        <translation>تسميات الكيانات، الوحدات: %1</translation>
    </message>
    <message>
        <source>  Fleiss&apos; kappa (%1 article(s) read by all):  %2</source>
        <translation>  كابا فلايس (%1 مقال قرأه الجميع):  %2</translation>
    </message>
    <message>
        <source>  Krippendorff&apos;s alpha, nominal:             %1</source>
        <translation>  ألفا كريبندورف، اسمي:                      %1</translation>
    </message>
    <message>
        <source>Casualty figures (best value):</source>
        <translation>حصائل الضحايا (أفضل قيمة):</translation>
    </message>
    <message>
        <source>  Krippendorff&apos;s alpha, interval:            %1</source>
        <translation>  ألفا كريبندورف، فئوي:                      %1</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>الأزواج</translation>
    </message>
    <message>
        <source>  %1 / %2: %3 article(s), Cohen&apos;s kappa %4, span F1 strict %5, lenient %6</source>
        <translation>  %1 / %2: %3 مقال، كابا كوهين %4، F1 للمقاطع صارم %5، متساهل %6</translation>
    </message>
    <message>
        <source>Span F1 matrix (strict)</source>
        <translation>مصفوفة F1 للمقاطع (صارم)</translation>
    </message>
    <message>
        <source>Span F1 per type (every pair pooled)   strict   lenient</source>
        <translation>F1 للمقاطع حسب النوع (كل الأزواج مجمّعة)   صارم   متساهل</translation>
    </message>
    <message>
        <source>Span F1 per article id (every pair pooled)</source>
        <translation>F1 للمقاطع حسب معرّف المقال (كل الأزواج مجمّعة)</translation>
    </message>
</context>
<context>
    <name>TypeAgreementModel</name>
    <message>
        <source>Cohen&apos;s kappa compares two annotators; the pairwise matrix shows each pair.</source>
        <translation>تقارن كابا كوهين بين مُعلِّقَين اثنين؛ وتعرض المصفوفة الثنائية كل زوج.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message numerus="yes">
        <source>Observed agreement %1, expected by chance %2, over %n unit(s) and %3 annotators.</source>
        <translation>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدة و%3 مُعلِّقين.</numerusform>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدة و%3 مُعلِّقين.</numerusform>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدتين و%3 مُعلِّقين.</numerusform>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدات و%3 مُعلِّقين.</numerusform>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدة و%3 مُعلِّقين.</numerusform>
            <numerusform>الاتفاق الملاحظ %1، والمتوقع بالصدفة %2، على %n وحدة و%3 مُعلِّقين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 للمقاطع</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ كوهين</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ فلايس</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α كريبندورف</translation>
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
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذّر الكتابة في %1.</translation>
    </message>
    <message>
        <source>row past Excel&apos;s limit</source>
        <translation>صف يتجاوز حد Excel</translation>
    </message>
    <message>
        <source>the %1 sheet is full (1,048,576 rows)</source>
        <translation>الورقة %1 ممتلئة (1,048,576 صفًا)</translation>
    </message>
    <message>
        <source>cell cut at 32,767 characters</source>
        <translation>خلية مقتطعة عند 32,767 حرفًا</translation>
    </message>
    <message>
        <source>%1 has %2 characters; Excel cells hold 32,767</source>
        <translation>يحتوي %1 على %2 حرفًا؛ وخلايا Excel تتسع لـ32,767</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>يتعذّر استبدال %1.</translation>
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
    <message>
        <source>Measure the review window on long articles and a big project: opening, keys, scrolling, accepting, jumping, starting and listing, each to a finished paint.</source>
        <translation>قياس أداء نافذة المراجعة على مقالات طويلة ومشروع كبير: الفتح والمفاتيح والتمرير والقبول والقفز والتشغيل والعرض في قائمة، كلٌّ حتى اكتمال الرسم.</translation>
    </message>
    <message>
        <source>Smaller data and fewer repetitions (a smoke run).</source>
        <translation>بيانات أصغر وتكرارات أقل (تشغيل اختباري سريع).</translation>
    </message>
    <message>
        <source>Where to write the temporary projects.</source>
        <translation>مكان كتابة المشاريع المؤقتة.</translation>
    </message>
    <message>
        <source>Speak this language (en, fr, ar) instead of the one chosen in the settings.</source>
        <translation>استخدام هذه اللغة (en، fr، ar) بدلًا من المختارة في الإعدادات.</translation>
    </message>
</context>
</TS>
