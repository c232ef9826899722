<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddMentionCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffiliationModel</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditorDialog</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Casualty Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canonical name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &amp;former relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;hedged (reportedly, allegedly, claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perpetrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>solid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots, italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dash-dot-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold, wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: underline only. Accepted: filled. Rejected: struck out. Grey text is page noise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not store it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>The page contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an article file (%1); the workbench reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to import: what was pasted is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Affiliation&lt;/b&gt;: %1 %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Casualty figure&lt;/b&gt;: %1 %2, best %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2, from %3, confidence %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasualtyModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keyboard Cheat Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Accept and reject move on to the next proposal. Reject also takes &lt;b&gt;Delete&lt;/b&gt;: a rejected annotation stays in the project, struck out, so the detectors can learn from it; undo brings it back.&lt;/p&gt;&lt;p&gt;To add an entity, select its words with Shift+arrows (or the mouse) and press its type&apos;s number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles into a project, creating the project if it does not exist. Each article is stored in its own transaction: a bad file is reported and the others are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (.cwb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (.txt, .html, .htm) or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of detecting it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a project and at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the project, left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one article and print what the workbench makes of it, without a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article (.txt, .html, .htm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document JSON (docs/document-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only read and segment; propose no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base (the bundled one on top of which the project&apos;s own entries sit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate reads exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Segments:  %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entities:  %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Affiliations: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, former</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Casualty figures: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; perpetrator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation&apos;s own list of actors, places or sources to a project&apos;s knowledge base. The file is CSV or TSV with a header row; the columns are described in resources/kb/README.md (canonical and type are required; aliases are separated by &apos;|&apos;). Bad rows are listed with their line numbers and nothing is imported until the file is clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action: import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .tsv or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cwb kb import PROJECT FILE.tsv|.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; correct the rows above and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries to the project&apos;s knowledge base.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run the detectors on the text of each gold document (document JSON lines, docs/document-json.md) and print precision, recall and F1 per label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .jsonl file of gold documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval reads exactly one gold file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a project&apos;s articles and annotations to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format to write: jsonl (one document JSON a line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a project and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (available: jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show a project&apos;s articles and annotation counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs exactly one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities by type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure this machine. &quot;store&quot; bulk-inserts annotations into a fresh project and times single analyst actions with their history rows; &quot;match&quot; runs the knowledge-base matcher over a synthetic corpus beside grep; &quot;detect&quot; runs the whole detection pipeline over generated conflict-news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure: store, match or detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: annotations to bulk insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: single actions to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match, detect: size of the corpus in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect: size in MiB of the second corpus, made like match&apos;s (0 skips it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: aliases of the small and the large knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: do not run grep for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench measures: store, match, detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --synthetic-megabytes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --aliases two, separated by a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows and --actions take positive whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk insert: %1 annotations in %2 s = %3 rows/s (goal &gt;= 500000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst action with history row, committed: %1 actions, mean %2 ms, p95 %3 ms, max %4 ms (goal &lt; 20 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionScore</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 outside the text (0-%4 code points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets in &quot;%1&quot; are not supported; this format uses code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty figure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAffiliationCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCasualtyCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMentionCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlToText</name>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice; the first one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored (known columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row is not a header row; it must name the columns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no &quot;canonical&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no &quot;type&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a field with the delimiter in it needs double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonical name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is empty (use %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canonical name &quot;%1&quot; has no letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliations.tsv: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, expected 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conflict Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualty Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open or Create Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Article from Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Conflict Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles that could not be imported are listed in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected: J for the next proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an annotation first: J goes to the next proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more proposals after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are built from their figures: edit those instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words first (Shift+arrows), then press the type&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict Workbench projects (*.cwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema files found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema files in %1 are not numbered 1, 2, 3, ... (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no %1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema_meta table does not describe a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schema version %1 (this version knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is at schema %1, newer than %2; it is not downgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply schema migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2
In: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 could not record its version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectKnowledge</name>
    <message>
        <source>Added by %1 when confirming &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the project&apos;s knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now known as a name of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so projects cannot be opened. Install the package libqt6sql6-sqlite and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Conflict Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a Conflict Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a Conflict Workbench project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Conflict Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Conflict Workbench (schema %1; this version reads up to %2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project %1: the file system does not allow write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the project %1 up to date. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an annotation that was saved before can be restored; this one has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knowledge-base entry needs an id (&quot;%1&quot; has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge-base entry %1 has no canonical name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s knowledge base already has an entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knowledge-base affiliation needs both an actor and a target (&quot;%1&quot; %2 &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias needs an entry id and a name (got &quot;%1&quot; for &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mention with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention cannot be restored: id %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no affiliation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliation cannot be restored: id %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no casualty figure with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casualty figure cannot be restored: id %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot be restored: id %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was restored but not put back into the event “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>A span cannot start or end before the text (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span must start before it ends (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1 to %2 runs past the end of the text (%3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span %1 to %2 holds only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An affiliation needs an actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An affiliation needs a target: whom the actor is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of people cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the best (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best figure (%1) cannot be above the high (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the high (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mention in row %1 to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no affiliation in row %1 to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no casualty figure in row %1 to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already marked there as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Next Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Selection as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Between Text and &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Cheat Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Selection As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: the annotation is no longer in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of “%1” to the knowledge base was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The article cannot be opened for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article cannot be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message>
        <source>Accept “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 mentions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserting %1 mentions in one transaction...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing %1 analyst actions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentions to act on (bulk rows was 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This looks like a binary file, not an article (it contains %n control character(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3), although UTF-8 was chosen. Choose its real encoding (windows-1252 or windows-1256) or let the workbench detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3). If it is a legacy Windows page, choose its encoding (windows-1252 or windows-1256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding %1 is not available in this build of Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 (it has an odd number of bytes or a broken surrogate pair). Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1. Choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains only white space; there is no text to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyLabels</name>
    <message>
        <source>Armed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliated with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splinter of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Conflict Workbench: review and annotate conflict news articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open or create (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
