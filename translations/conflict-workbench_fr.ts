<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddMentionCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>AffiliationModel</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AnnotationEditorDialog</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Edit Mention</source>
        <translation>Modifier la mention</translation>
    </message>
    <message>
        <source>Edit Affiliation</source>
        <translation>Modifier l'affiliation</translation>
    </message>
    <message>
        <source>Edit Casualty Figure</source>
        <translation>Modifier le chiffre de victimes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Canonical name:</source>
        <translation>Nom &amp;canonique :</translation>
    </message>
    <message>
        <source>a &amp;former relation</source>
        <translation>une relation &amp;passée</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur :</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation :</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>&amp;hedged (reportedly, allegedly, claimed)</source>
        <translation>&amp;nuancé (selon certaines sources, présumé, revendiqué)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Victime :</translation>
    </message>
    <message>
        <source>&amp;Perpetrator:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>Estimation &amp;basse :</translation>
    </message>
    <message>
        <source>&amp;Best:</source>
        <translation>&amp;Meilleure estimation :</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>Estimation &amp;haute :</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
</context>
<context>
    <name>AnnotationStyle</name>
    <message>
        <source>solid line</source>
        <translation>trait plein</translation>
    </message>
    <message>
        <source>dashes</source>
        <translation>tirets</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>trait-point</translation>
    </message>
    <message>
        <source>dots, italic</source>
        <translation>pointillés, italique</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>pointillés</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>ondulé</translation>
    </message>
    <message>
        <source>dash-dot-dot</source>
        <translation>trait-point-point</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>Casualty figure</source>
        <translation>Chiffre de victimes</translation>
    </message>
    <message>
        <source>bold, wave</source>
        <translation>gras, ondulé</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>overline</source>
        <translation>trait au-dessus</translation>
    </message>
    <message>
        <source>Proposed: underline only. Accepted: filled. Rejected: struck out. Grey text is page noise.</source>
        <translation>Proposée : soulignement seul. Acceptée : fond coloré. Rejetée : barrée. Le texte gris est du bruit de page.</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>The project could not store it: %1</source>
        <translation>Le projet n'a pas pu l'enregistrer : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project, left as they were.</source>
        <translation>
            <numerusform>%n déjà présent dans le projet, laissé tel quel.</numerusform>
            <numerusform>%n déjà présents dans le projet, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n n'a pas pu être importé.</numerusform>
            <numerusform>%n n'ont pas pu être importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>The page contains no readable text.</source>
        <translation>La page ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is a folder.</source>
        <translation>Le fichier ne peut pas être lu : c'est un dossier.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>no file name suffix</source>
        <translation>aucune extension de nom de fichier</translation>
    </message>
    <message>
        <source>Not an article file (%1); the workbench reads %2.</source>
        <translation>Ce n'est pas un fichier d'article (%1) ; l'atelier lit %2.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>There is no text to import: what was pasted is empty.</source>
        <translation>Il n'y a aucun texte à importer : le contenu collé est vide.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Affiliation&lt;/b&gt;: %1 %2 %3%4</source>
        <translation>&lt;b&gt;Affiliation&lt;/b&gt; : %1 %2 %3%4</translation>
    </message>
    <message>
        <source> (former)</source>
        <translation> (ancienne)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Casualty figure&lt;/b&gt;: %1 %2, best %3 (%4)</source>
        <translation>&lt;b&gt;Chiffre de victimes&lt;/b&gt; : %1 %2, meilleure estimation %3 (%4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2, from %3, confidence %4</source>
        <translation>%1&lt;br&gt;%2, issu de %3, confiance %4</translation>
    </message>
</context>
<context>
    <name>CasualtyModel</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleure</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Hedged</source>
        <translation>Nuancé</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Keyboard Cheat Sheet</source>
        <translation>Aide-mémoire du clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>&lt;p&gt;Accept and reject move on to the next proposal. Reject also takes &lt;b&gt;Delete&lt;/b&gt;: a rejected annotation stays in the project, struck out, so the detectors can learn from it; undo brings it back.&lt;/p&gt;&lt;p&gt;To add an entity, select its words with Shift+arrows (or the mouse) and press its type&apos;s number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Accepter et rejeter passent à la proposition suivante. Rejeter accepte aussi &lt;b&gt;Suppr&lt;/b&gt; : une annotation rejetée reste dans le projet, barrée, pour que les détecteurs puissent en tirer des leçons ; l'annulation la rétablit.&lt;/p&gt;&lt;p&gt;Pour ajouter une entité, sélectionnez ses mots avec Maj+flèches (ou la souris) et appuyez sur le chiffre de son type.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
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
        <translation>Utilisation : cwb COMMANDE [OPTIONS]

Commandes :
  import PROJET CHEMINS...     importer des articles (.txt, .html, .htm, dossiers)
  annotate FICHIER [--json]    lire un article et afficher son document
  export PROJET --format jsonl --out FICHIER
                               écrire les documents du projet
  info PROJET                  décomptes par statut et par type
  kb import PROJET FICHIER     ajouter les acteurs ou lieux d'une organisation (.tsv, .csv)
  eval GOLD.jsonl              évaluer les détecteurs sur des documents de référence
  bench store|match|detect     mesurer la base de données, l'apparieur ou la détection

Lancez « cwb COMMANDE --help » pour les options d'une commande.

Codes de sortie : 0 succès, 1 erreur d'utilisation, 2 entrée illisible ou sortie
non écrite, 3 projet impossible à ouvrir ou à écrire, 4 certaines entrées
importées et d'autres en échec.
</translation>
    </message>
    <message>
        <source>Import articles into a project, creating the project if it does not exist. Each article is stored in its own transaction: a bad file is reported and the others are imported.</source>
        <translation>Importer des articles dans un projet, en créant le projet s'il n'existe pas. Chaque article est enregistré dans sa propre transaction : un fichier défectueux est signalé et les autres sont importés.</translation>
    </message>
    <message>
        <source>The project file (.cwb).</source>
        <translation>Le fichier de projet (.cwb).</translation>
    </message>
    <message>
        <source>Files (.txt, .html, .htm) or folders to import.</source>
        <translation>Fichiers (.txt, .html, .htm) ou dossiers à importer.</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of detecting it (%1).</source>
        <translation>Lire les fichiers texte dans cet encodage au lieu de le détecter (%1).</translation>
    </message>
    <message>
        <source>import needs a project and at least one file or folder.</source>
        <translation>import nécessite un projet et au moins un fichier ou dossier.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: already in the project, left as it was.</source>
        <translation>%1 : déjà présent dans le projet, laissé tel quel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Read one article and print what the workbench makes of it, without a project.</source>
        <translation>Lire un article et afficher ce que l'atelier en tire, sans projet.</translation>
    </message>
    <message>
        <source>The article (.txt, .html, .htm).</source>
        <translation>L'article (.txt, .html, .htm).</translation>
    </message>
    <message>
        <source>Print the document JSON (docs/document-json.md).</source>
        <translation>Afficher le JSON du document (docs/document-json.md).</translation>
    </message>
    <message>
        <source>Read the file in this encoding instead of detecting it.</source>
        <translation>Lire le fichier dans cet encodage au lieu de le détecter.</translation>
    </message>
    <message>
        <source>Only read and segment; propose no annotations.</source>
        <translation>Seulement lire et segmenter ; ne proposer aucune annotation.</translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base (the bundled one on top of which the project&apos;s own entries sit).</source>
        <translation>Détecter avec la base de connaissances de ce projet (celle fournie, à laquelle s'ajoutent les entrées propres au projet).</translation>
    </message>
    <message>
        <source>annotate reads exactly one file.</source>
        <translation>annotate lit exactement un fichier.</translation>
    </message>
    <message>
        <source>Title:     %1</source>
        <translation>Titre :       %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>Encodage :    %1</translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation>Langue :      %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publication : %1</translation>
    </message>
    <message numerus="yes">
        <source>Segments:  %n</source>
        <translation>
            <numerusform>Segments : %n</numerusform>
            <numerusform>Segments : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entities:  %n</source>
        <translation>
            <numerusform>Entités : %n</numerusform>
            <numerusform>Entités : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Affiliations: %n</source>
        <translation>
            <numerusform>Affiliations : %n</numerusform>
            <numerusform>Affiliations : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, former</source>
        <translation>, ancienne</translation>
    </message>
    <message numerus="yes">
        <source>Casualty figures: %n</source>
        <translation>
            <numerusform>Chiffres de victimes : %n</numerusform>
            <numerusform>Chiffres de victimes : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation>, nuancé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>; perpetrator %1</source>
        <translation>; auteur %1</translation>
    </message>
    <message numerus="yes">
        <source>Events: %n</source>
        <translation>
            <numerusform>Événements : %n</numerusform>
            <numerusform>Événements : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Add an organisation&apos;s own list of actors, places or sources to a project&apos;s knowledge base. The file is CSV or TSV with a header row; the columns are described in resources/kb/README.md (canonical and type are required; aliases are separated by &apos;|&apos;). Bad rows are listed with their line numbers and nothing is imported until the file is clean.</source>
        <translation>Ajouter la liste propre à une organisation d'acteurs, de lieux ou de sources à la base de connaissances d'un projet. Le fichier est au format CSV ou TSV avec une ligne d'en-tête ; les colonnes sont décrites dans resources/kb/README.md (canonical et type sont obligatoires ; les alias sont séparés par '|'). Les lignes erronées sont listées avec leur numéro et rien n'est importé tant que le fichier n'est pas correct.</translation>
    </message>
    <message>
        <source>The action: import.</source>
        <translation>L'action : import.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The .tsv or .csv file.</source>
        <translation>Le fichier .tsv ou .csv.</translation>
    </message>
    <message>
        <source>Usage: cwb kb import PROJECT FILE.tsv|.csv</source>
        <translation>Utilisation : cwb kb import PROJET FICHIER.tsv|.csv</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the rows above and run the import again.</source>
        <translation>Rien n'a été importé ; corrigez les lignes ci-dessus et relancez l'import.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries to the project&apos;s knowledge base.</source>
        <translation>
            <numerusform>%n entrée ajoutée à la base de connaissances du projet.</numerusform>
            <numerusform>%n entrées ajoutées à la base de connaissances du projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the detectors on the text of each gold document (document JSON lines, docs/document-json.md) and print precision, recall and F1 per label.</source>
        <translation>Exécuter les détecteurs sur le texte de chaque document de référence (lignes JSON de documents, docs/document-json.md) et afficher la précision, le rappel et le F1 par étiquette.</translation>
    </message>
    <message>
        <source>A .jsonl file of gold documents.</source>
        <translation>Un fichier .jsonl de documents de référence.</translation>
    </message>
    <message>
        <source>Detect with this project&apos;s knowledge base.</source>
        <translation>Détecter avec la base de connaissances de ce projet.</translation>
    </message>
    <message>
        <source>eval reads exactly one gold file.</source>
        <translation>eval lit exactement un fichier de référence.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Write a project&apos;s articles and annotations to a file.</source>
        <translation>Écrire les articles et les annotations d'un projet dans un fichier.</translation>
    </message>
    <message>
        <source>The format to write: jsonl (one document JSON a line).</source>
        <translation>Le format à écrire : jsonl (un document JSON par ligne).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>export needs a project and --out FILE.</source>
        <translation>export nécessite un projet et --out FICHIER.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (available: jsonl).</source>
        <translation>Format inconnu « %1 » (disponible : jsonl).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation>L'article %1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>[%1/%2] written</source>
        <translation>[%1/%2] écrit</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to %1.</source>
        <translation>
            <numerusform>%n document écrit dans %1.</numerusform>
            <numerusform>%n documents écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a project&apos;s articles and annotation counts.</source>
        <translation>Afficher les articles d'un projet et le nombre d'annotations.</translation>
    </message>
    <message>
        <source>info needs exactly one project.</source>
        <translation>info nécessite exactement un projet.</translation>
    </message>
    <message>
        <source>Project:      %1</source>
        <translation>Projet :       %1</translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation>Schéma :       %1</translation>
    </message>
    <message>
        <source>Articles:     %1</source>
        <translation>Articles :     %1</translation>
    </message>
    <message>
        <source>Affiliations: %1</source>
        <translation>Affiliations : %1</translation>
    </message>
    <message>
        <source>Casualties:   %1</source>
        <translation>Victimes :     %1</translation>
    </message>
    <message>
        <source>Events:       %1</source>
        <translation>Événements :   %1</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>Par statut :</translation>
    </message>
    <message>
        <source>Entities by type:</source>
        <translation>Entités par type :</translation>
    </message>
    <message>
        <source>Measure this machine. &quot;store&quot; bulk-inserts annotations into a fresh project and times single analyst actions with their history rows; &quot;match&quot; runs the knowledge-base matcher over a synthetic corpus beside grep; &quot;detect&quot; runs the whole detection pipeline over generated conflict-news articles.</source>
        <translation>Mesurer cette machine. « store » insère en masse des annotations dans un projet neuf et chronomètre des actions isolées d'analyste avec leurs lignes d'historique ; « match » exécute l'apparieur de la base de connaissances sur un corpus synthétique, en parallèle de grep ; « detect » exécute toute la chaîne de détection sur des articles d'actualité de conflit générés.</translation>
    </message>
    <message>
        <source>What to measure: store, match or detect.</source>
        <translation>Ce qu'il faut mesurer : store, match ou detect.</translation>
    </message>
    <message>
        <source>store: annotations to bulk insert.</source>
        <translation>store : annotations à insérer en masse.</translation>
    </message>
    <message>
        <source>store: single actions to time.</source>
        <translation>store : actions isolées à chronométrer.</translation>
    </message>
    <message>
        <source>match, detect: size of the corpus in MiB.</source>
        <translation>match, detect : taille du corpus en Mio.</translation>
    </message>
    <message>
        <source>detect: size in MiB of the second corpus, made like match&apos;s (0 skips it).</source>
        <translation>detect : taille en Mio du second corpus, construit comme celui de match (0 l'omet).</translation>
    </message>
    <message>
        <source>match: aliases of the small and the large knowledge base.</source>
        <translation>match : alias de la petite et de la grande base de connaissances.</translation>
    </message>
    <message>
        <source>match: do not run grep for comparison.</source>
        <translation>match : ne pas exécuter grep pour comparaison.</translation>
    </message>
    <message>
        <source>bench measures: store, match, detect.</source>
        <translation>bench mesure : store, match, detect.</translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --synthetic-megabytes a whole number.</source>
        <translation>--megabytes attend un nombre entier positif et --synthetic-megabytes un nombre entier.</translation>
    </message>
    <message>
        <source>--megabytes takes a positive whole number and --aliases two, separated by a comma.</source>
        <translation>--megabytes attend un nombre entier positif et --aliases deux, séparés par une virgule.</translation>
    </message>
    <message>
        <source>--rows and --actions take positive whole numbers.</source>
        <translation>--rows et --actions attendent des nombres entiers positifs.</translation>
    </message>
    <message>
        <source>bulk insert: %1 annotations in %2 s = %3 rows/s (goal &gt;= 500000)</source>
        <translation>insertion en masse : %1 annotations en %2 s = %3 lignes/s (objectif &gt;= 500000)</translation>
    </message>
    <message>
        <source>analyst action with history row, committed: %1 actions, mean %2 ms, p95 %3 ms, max %4 ms (goal &lt; 20 ms)</source>
        <translation>action d'analyste avec ligne d'historique, validée : %1 actions, moyenne %2 ms, p95 %3 ms, max %4 ms (objectif &lt; 20 ms)</translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>texte après le guillemet fermant d'un champ (écrivez "" pour un guillemet dans un champ entre guillemets)</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n'est pas fermé avant la fin du fichier</translation>
    </message>
</context>
<context>
    <name>DetectionScore</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposées</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correctes</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>DocumentJson</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (allowed: %3).</source>
        <translation>%1 inconnu « %2 » (valeurs autorisées : %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time: %2</source>
        <translation>« %1 » n'est pas une date et heure ISO 8601 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>« %1 » n'est pas une date (AAAA-MM-JJ) : %2</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 outside the text (0-%4 code points).</source>
        <translation>%1 a des décalages %2-%3 hors du texte (0-%4 points de code).</translation>
    </message>
    <message>
        <source>The document has no &quot;text&quot;.</source>
        <translation>Le document n'a pas de « text ».</translation>
    </message>
    <message>
        <source>Offsets in &quot;%1&quot; are not supported; this format uses code points.</source>
        <translation>Les décalages dans « %1 » ne sont pas pris en charge ; ce format utilise des points de code.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>Entité %1</translation>
    </message>
    <message>
        <source>Affiliation %1</source>
        <translation>Affiliation %1</translation>
    </message>
    <message>
        <source>Casualty figure %1</source>
        <translation>Chiffre de victimes %1</translation>
    </message>
</context>
<context>
    <name>EditAffiliationCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>Corriger « %1 »</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>EditCasualtyCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>Corriger « %1 »</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>EditMentionCommand</name>
    <message>
        <source>Correct “%1”</source>
        <translation>Corriger « %1 »</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
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
        <translation>%1 (avec %2)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Admin1</source>
        <translation>Admin1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l'article</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
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
        <translation>La page n'a pas pu être lue comme du HTML.</translation>
    </message>
</context>
<context>
    <name>KbImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and import it again</source>
        <translation>%1 n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is required</source>
        <translation>le fichier est vide ; une ligne d'en-tête nommant les colonnes est obligatoire</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice; the first one is used</source>
        <translation>la colonne « %1 » apparaît deux fois ; la première est utilisée</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored (known columns: %2)</source>
        <translation>colonne inconnue « %1 » ignorée (colonnes connues : %2)</translation>
    </message>
    <message>
        <source>the first row is not a header row; it must name the columns (%1)</source>
        <translation>la première ligne n'est pas une ligne d'en-tête ; elle doit nommer les colonnes (%1)</translation>
    </message>
    <message>
        <source>the header row has no &quot;canonical&quot; column</source>
        <translation>la ligne d'en-tête n'a pas de colonne « canonical »</translation>
    </message>
    <message>
        <source>the header row has no &quot;type&quot; column</source>
        <translation>la ligne d'en-tête n'a pas de colonne « type »</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a field with the delimiter in it needs double quotes)</source>
        <translation>%1 champs, mais l'en-tête en a %2 (un champ contenant le séparateur doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>the canonical name is empty</source>
        <translation>le nom canonique est vide</translation>
    </message>
    <message>
        <source>the type is empty (use %1)</source>
        <translation>le type est vide (utilisez %1)</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (use %2)</source>
        <translation>type inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot; (use %2)</source>
        <translation>certitude inconnue « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>the canonical name &quot;%1&quot; has no letters or digits</source>
        <translation>le nom canonique « %1 » ne contient ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first on line %2)</source>
        <translation>identifiant en double « %1 » (première occurrence à la ligne %2)</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: duplicate id &quot;%2&quot;</source>
        <translation>%1 : identifiant en double « %2 »</translation>
    </message>
    <message>
        <source>affiliations.tsv: line %1: %2</source>
        <translation>affiliations.tsv : ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 fields, expected 9</source>
        <translation>%1 champs, 9 attendus</translation>
    </message>
    <message>
        <source>unknown relation &quot;%1&quot;</source>
        <translation>relation inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown certainty &quot;%1&quot;</source>
        <translation>certitude inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown id &quot;%1&quot;</source>
        <translation>identifiant inconnu « %1 »</translation>
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
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <source>Casualty Figures</source>
        <translation>Chiffres de victimes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open or Create Project...</source>
        <translation>&amp;Ouvrir ou créer un projet...</translation>
    </message>
    <message>
        <source>&amp;Import Articles...</source>
        <translation>&amp;Importer des articles...</translation>
    </message>
    <message>
        <source>&amp;Paste Article from Clipboard</source>
        <translation>&amp;Coller un article depuis le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 - Conflict Workbench</source>
        <translation>%1 - Conflict Workbench</translation>
    </message>
    <message>
        <source>Project %1: every change is saved as you make it.</source>
        <translation>Projet %1 : chaque modification est enregistrée au fur et à mesure.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The articles that could not be imported are listed in the details.</source>
        <translation>Les articles qui n'ont pas pu être importés sont listés dans les détails.</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>L'article n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Nothing selected: J for the next proposal</source>
        <translation>Aucune sélection : J pour la proposition suivante</translation>
    </message>
    <message>
        <source>%1 %2 of %3: %4 (%5)</source>
        <translation>%1 %2 sur %3 : %4 (%5)</translation>
    </message>
    <message>
        <source>Select an annotation first: J goes to the next proposal.</source>
        <translation>Sélectionnez d'abord une annotation : J passe à la proposition suivante.</translation>
    </message>
    <message>
        <source>No more proposals after this one.</source>
        <translation>Plus aucune proposition après celle-ci.</translation>
    </message>
    <message>
        <source>No proposals before this one.</source>
        <translation>Aucune proposition avant celle-ci.</translation>
    </message>
    <message>
        <source>Events are built from their figures: edit those instead.</source>
        <translation>Les événements sont construits à partir de leurs chiffres : modifiez plutôt ceux-ci.</translation>
    </message>
    <message>
        <source>Select the words first (Shift+arrows), then press the type&apos;s number.</source>
        <translation>Sélectionnez d'abord les mots (Maj+flèches), puis appuyez sur le chiffre du type.</translation>
    </message>
    <message>
        <source>This is the last article.</source>
        <translation>C'est le dernier article.</translation>
    </message>
    <message>
        <source>This is the first article.</source>
        <translation>C'est le premier article.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Open or Create Project</source>
        <translation>Ouvrir ou créer un projet</translation>
    </message>
    <message>
        <source>Conflict Workbench projects (*.cwb)</source>
        <translation>Projets Conflict Workbench (*.cwb)</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d'abord un projet.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm)</source>
        <translation>Articles (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>Nom canonique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema file %1.</source>
        <translation>Impossible de lire le fichier de schéma %1.</translation>
    </message>
    <message>
        <source>No schema files found in %1.</source>
        <translation>Aucun fichier de schéma trouvé dans %1.</translation>
    </message>
    <message>
        <source>The schema files in %1 are not numbered 1, 2, 3, ... (%2).</source>
        <translation>Les fichiers de schéma de %1 ne sont pas numérotés 1, 2, 3, ... (%2).</translation>
    </message>
    <message>
        <source>it has no %1 table</source>
        <translation>il n'a pas de table %1</translation>
    </message>
    <message>
        <source>its schema_meta table does not describe a project</source>
        <translation>sa table schema_meta ne décrit pas un projet</translation>
    </message>
    <message>
        <source>There is no schema version %1 (this version knows up to %2).</source>
        <translation>Il n'existe pas de version de schéma %1 (cette version connaît jusqu'à la %2).</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The project is at schema %1, newer than %2; it is not downgraded.</source>
        <translation>Le projet est au schéma %1, plus récent que %2 ; il n'est pas rétrogradé.</translation>
    </message>
    <message>
        <source>Could not apply schema migration %1: %2</source>
        <translation>Impossible d'appliquer la migration de schéma %1 : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2
In: %3</source>
        <translation>La migration de schéma %1 a échoué : %2
Dans : %3</translation>
    </message>
    <message>
        <source>Schema migration %1 could not record its version: %2</source>
        <translation>La migration de schéma %1 n'a pas pu enregistrer sa version : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 could not be committed: %2</source>
        <translation>La migration de schéma %1 n'a pas pu être validée : %2</translation>
    </message>
</context>
<context>
    <name>ProjectKnowledge</name>
    <message>
        <source>Added by %1 when confirming &quot;%2&quot;.</source>
        <translation>Ajouté par %1 lors de la confirmation de « %2 ».</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the project&apos;s knowledge base.</source>
        <translation>« %1 » ajouté à la base de connaissances du projet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now known as a name of %2.</source>
        <translation>« %1 » est désormais connu comme un nom de %2.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the article.</source>
        <translation>L'événement « %1 » renvoie au chiffre de victimes %2, qui ne fait pas partie de l'article.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so projects cannot be opened. Install the package libqt6sql6-sqlite and start again.</source>
        <translation>Le pilote SQLite pour Qt n'est pas installé : les projets ne peuvent pas être ouverts. Installez le paquet libqt6sql6-sqlite et relancez le programme.</translation>
    </message>
    <message>
        <source>No project at %1.</source>
        <translation>Aucun projet à %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Conflict Workbench project.</source>
        <translation>%1 est un dossier, pas un projet Conflict Workbench.</translation>
    </message>
    <message>
        <source>%1 is empty, not a Conflict Workbench project.</source>
        <translation>%1 est vide, ce n'est pas un projet Conflict Workbench.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (it is not an SQLite database).</source>
        <translation>%1 n'est pas un projet Conflict Workbench (ce n'est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 could not be read as a Conflict Workbench project: %2</source>
        <translation>%1 n'a pas pu être lu comme projet Conflict Workbench : %2</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (%2).</source>
        <translation>%1 n'est pas un projet Conflict Workbench (%2).</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Conflict Workbench project.</source>
        <translation>%1 est une base de données vide, pas un projet Conflict Workbench.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Conflict Workbench (schema %1; this version reads up to %2). It has not been changed.</source>
        <translation>Ce projet a été enregistré par une version plus récente de Conflict Workbench (schéma %1 ; cette version lit jusqu'au %2). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation>Impossible d'ouvrir le projet %1 : %2</translation>
    </message>
    <message>
        <source>Could not open the project %1: the file system does not allow write-ahead logging (journal mode is %2).</source>
        <translation>Impossible d'ouvrir le projet %1 : le système de fichiers ne permet pas la journalisation anticipée (WAL) (le mode de journal est %2).</translation>
    </message>
    <message>
        <source>Could not bring the project %1 up to date. %2</source>
        <translation>Impossible de mettre à jour le projet %1. %2</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Il n'existe pas d'article d'identifiant %1.</translation>
    </message>
    <message>
        <source>Only an annotation that was saved before can be restored; this one has no id.</source>
        <translation>Seule une annotation déjà enregistrée peut être restaurée ; celle-ci n'a pas d'identifiant.</translation>
    </message>
    <message>
        <source>A knowledge-base entry needs an id (&quot;%1&quot; has none).</source>
        <translation>Une entrée de la base de connaissances doit avoir un identifiant (« %1 » n'en a pas).</translation>
    </message>
    <message>
        <source>The knowledge-base entry %1 has no canonical name.</source>
        <translation>L'entrée %1 de la base de connaissances n'a pas de nom canonique.</translation>
    </message>
    <message>
        <source>The project&apos;s knowledge base already has an entry with id %1.</source>
        <translation>La base de connaissances du projet contient déjà une entrée d'identifiant %1.</translation>
    </message>
    <message>
        <source>A knowledge-base affiliation needs both an actor and a target (&quot;%1&quot; %2 &quot;%3&quot;).</source>
        <translation>Une affiliation de la base de connaissances nécessite un acteur et une cible (« %1 » %2 « %3 »).</translation>
    </message>
    <message>
        <source>An alias needs an entry id and a name (got &quot;%1&quot; for &quot;%2&quot;).</source>
        <translation>Un alias nécessite un identifiant d'entrée et un nom (reçu « %1 » pour « %2 »).</translation>
    </message>
    <message>
        <source>There is no mention with id %1.</source>
        <translation>Il n'existe pas de mention d'identifiant %1.</translation>
    </message>
    <message>
        <source>The mention cannot be restored: id %1 is in use.</source>
        <translation>La mention ne peut pas être restaurée : l'identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no affiliation with id %1.</source>
        <translation>Il n'existe pas d'affiliation d'identifiant %1.</translation>
    </message>
    <message>
        <source>The affiliation cannot be restored: id %1 is in use.</source>
        <translation>L'affiliation ne peut pas être restaurée : l'identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no casualty figure with id %1.</source>
        <translation>Il n'existe pas de chiffre de victimes d'identifiant %1.</translation>
    </message>
    <message>
        <source>The casualty figure cannot be restored: id %1 is in use.</source>
        <translation>Le chiffre de victimes ne peut pas être restauré : l'identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Il n'existe pas d'événement d'identifiant %1.</translation>
    </message>
    <message>
        <source>The event cannot be restored: id %1 is in use.</source>
        <translation>L'événement ne peut pas être restauré : l'identifiant %1 est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>The figure was restored but not put back into the event “%1”: %2</source>
        <translation>Le chiffre a été restauré mais n'a pas été remis dans l'événement « %1 » : %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>A span cannot start or end before the text (%1 to %2).</source>
        <translation>Une étendue ne peut pas commencer ou finir avant le texte (%1 à %2).</translation>
    </message>
    <message>
        <source>A span must start before it ends (%1 to %2).</source>
        <translation>Une étendue doit commencer avant de finir (%1 à %2).</translation>
    </message>
    <message>
        <source>The span %1 to %2 runs past the end of the text (%3 characters).</source>
        <translation>L'étendue %1 à %2 dépasse la fin du texte (%3 caractères).</translation>
    </message>
    <message>
        <source>The span %1 to %2 holds only spaces.</source>
        <translation>L'étendue %1 à %2 ne contient que des espaces.</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>La base de connaissances n'a pas d'entrée « %1 ».</translation>
    </message>
    <message>
        <source>An affiliation needs an actor.</source>
        <translation>Une affiliation nécessite un acteur.</translation>
    </message>
    <message>
        <source>An affiliation needs a target: whom the actor is %1.</source>
        <translation>Une affiliation nécessite une cible : celui dont l'acteur est %1.</translation>
    </message>
    <message>
        <source>An actor cannot be %1 itself.</source>
        <translation>Un acteur ne peut pas être %1 lui-même.</translation>
    </message>
    <message>
        <source>A number of people cannot be negative.</source>
        <translation>Un nombre de personnes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the best (%2).</source>
        <translation>L'estimation basse (%1) ne peut pas dépasser la meilleure (%2).</translation>
    </message>
    <message>
        <source>The best figure (%1) cannot be above the high (%2).</source>
        <translation>La meilleure estimation (%1) ne peut pas dépasser la haute (%2).</translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the high (%2).</source>
        <translation>L'estimation basse (%1) ne peut pas dépasser la haute (%2).</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to accept.</source>
        <translation>Il n'y a pas d'annotation à la ligne %1 à accepter.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to reject.</source>
        <translation>Il n'y a pas d'annotation à la ligne %1 à rejeter.</translation>
    </message>
    <message>
        <source>There is no mention in row %1 to correct.</source>
        <translation>Il n'y a pas de mention à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>There is no affiliation in row %1 to correct.</source>
        <translation>Il n'y a pas d'affiliation à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>There is no casualty figure in row %1 to correct.</source>
        <translation>Il n'y a pas de chiffre de victimes à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>“%1” is already marked there as %2.</source>
        <translation>« %1 » y est déjà marqué comme %2.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to delete.</source>
        <translation>Il n'y a pas d'annotation à la ligne %1 à supprimer.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>Proposition &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>Proposition &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Mark Selection as %1</source>
        <translation>Marquer la sélection comme %1</translation>
    </message>
    <message>
        <source>Next &amp;Article</source>
        <translation>&amp;Article suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Article</source>
        <translation>Article pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in Article...</source>
        <translation>Re&amp;chercher dans l'article...</translation>
    </message>
    <message>
        <source>Switch Between Text and &amp;Panel</source>
        <translation>Basculer entre le texte et le &amp;panneau</translation>
    </message>
    <message>
        <source>&amp;Keyboard Cheat Sheet</source>
        <translation>Aide-mémoire du &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Mark Selection As</source>
        <translation>&amp;Marquer la sélection comme</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n'a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the annotation is no longer in the article.</source>
        <translation>%1 n'a pas été enregistré : l'annotation n'est plus dans l'article.</translation>
    </message>
    <message>
        <source>The link of “%1” to the knowledge base was not saved: %2</source>
        <translation>Le lien de « %1 » vers la base de connaissances n'a pas été enregistré : %2</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The article cannot be opened for review: %1</source>
        <translation>L'article ne peut pas être ouvert pour révision : %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>The article cannot be read again: %1</source>
        <translation>L'article ne peut pas être relu : %1</translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message>
        <source>Accept “%1”</source>
        <translation>Accepter « %1 »</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Rejeter « %1 »</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer « %1 » comme %2</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>StoreBenchmark</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Preparing %1 mentions...</source>
        <translation>Préparation de %1 mentions...</translation>
    </message>
    <message>
        <source>Inserting %1 mentions in one transaction...</source>
        <translation>Insertion de %1 mentions en une seule transaction...</translation>
    </message>
    <message>
        <source>Timing %1 analyst actions...</source>
        <translation>Chronométrage de %1 actions d'analyste...</translation>
    </message>
    <message>
        <source>No mentions to act on (bulk rows was 0).</source>
        <translation>Aucune mention sur laquelle agir (bulk rows valait 0).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Encodage inconnu « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL bytes).</source>
        <translation>Ceci ressemble à un fichier binaire, pas à un article (il contient des octets NUL).</translation>
    </message>
    <message numerus="yes">
        <source>This looks like a binary file, not an article (it contains %n control character(s)).</source>
        <translation>
            <numerusform>Ceci ressemble à un fichier binaire, pas à un article (il contient %n caractère de contrôle).</numerusform>
            <numerusform>Ceci ressemble à un fichier binaire, pas à un article (il contient %n caractères de contrôle).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3), although UTF-8 was chosen. Choose its real encoding (windows-1252 or windows-1256) or let the workbench detect it.</source>
        <translation>Le fichier n'est pas de l'UTF-8 valide (octet invalide 0x%1 à l'octet %2, ligne %3), bien que l'UTF-8 ait été choisi. Choisissez son véritable encodage (windows-1252 ou windows-1256) ou laissez l'atelier le détecter.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3). If it is a legacy Windows page, choose its encoding (windows-1252 or windows-1256).</source>
        <translation>Le fichier n'est pas de l'UTF-8 valide (octet invalide 0x%1 à l'octet %2, ligne %3). S'il s'agit d'une ancienne page de code Windows, choisissez son encodage (windows-1252 ou windows-1256).</translation>
    </message>
    <message>
        <source>The encoding %1 is not available in this build of Qt.</source>
        <translation>L'encodage %1 n'est pas disponible dans cette version de Qt.</translation>
    </message>
    <message>
        <source>The file is not valid %1 (it has an odd number of bytes or a broken surrogate pair). Choose another encoding.</source>
        <translation>Le fichier n'est pas du %1 valide (il a un nombre impair d'octets ou une paire de substitution cassée). Choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The file cannot be decoded as %1. Choose another encoding.</source>
        <translation>Le fichier ne peut pas être décodé en %1. Choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not an article (it contains NUL characters).</source>
        <translation>Ceci ressemble à un fichier binaire, pas à un article (il contient des caractères NUL).</translation>
    </message>
    <message>
        <source>The file contains only white space; there is no text to read.</source>
        <translation>Le fichier ne contient que des espaces blancs ; il n'y a aucun texte à lire.</translation>
    </message>
</context>
<context>
    <name>VocabularyLabels</name>
    <message>
        <source>Armed group</source>
        <translation>Groupe armé</translation>
    </message>
    <message>
        <source>State force</source>
        <translation>Force étatique</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>affiliated with</source>
        <translation>affilié à</translation>
    </message>
    <message>
        <source>backed by</source>
        <translation>soutenu par</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>allied with</source>
        <translation>allié à</translation>
    </message>
    <message>
        <source>splinter of</source>
        <translation>dissidence de</translation>
    </message>
    <message>
        <source>asserted</source>
        <translation>affirmé</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <source>alleged</source>
        <translation>allégué</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>wounded</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturés</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>disparus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>range</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <source>vague</source>
        <translation>vague</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Conflict Workbench: review and annotate conflict news articles.</source>
        <translation>Conflict Workbench : révision et annotation d'articles d'actualité sur les conflits.</translation>
    </message>
    <message>
        <source>The project to open or create (default: %1).</source>
        <translation>Le projet à ouvrir ou à créer (par défaut : %1).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER et quitter.</translation>
    </message>
    <message>
        <source>Use a dark colour palette.</source>
        <translation>Utiliser une palette de couleurs sombre.</translation>
    </message>
    <message>
        <source>Articles or folders to import.</source>
        <translation>Articles ou dossiers à importer.</translation>
    </message>
</context>
</TS>
