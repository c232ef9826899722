<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddMentionCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter “%1”</translation>
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
    <name>AgreementVerdict</name>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a coefficient and its reading against the thresholds: &quot;0.85 (good)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thresholds of the codebook (section 7): %1 or more is good, %2 to %1 tentative, below %2 too low to rely on.</source>
        <translation>Seuils du guide de codage (section 7) : %1 ou plus est bon, de %2 à %1 provisoire, en dessous de %2 trop faible pour s&apos;y fier.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Span F1</source>
        <translation>F1 des étendues</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Strict: the same span</source>
        <translation>Strict : la même étendue</translation>
    </message>
    <message>
        <source>Lenient: overlapping spans</source>
        <translation>Souple : étendues qui se chevauchent</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Spans:</source>
        <translation>Ét&amp;endues :</translation>
    </message>
    <message>
        <source>Between each pair of annotators</source>
        <translation>Entre chaque paire d&apos;annotateurs</translation>
    </message>
    <message>
        <source>Pairwise agreement</source>
        <translation>Accord par paire</translation>
    </message>
    <message>
        <source>Per entity type, all annotators</source>
        <translation>Par type d&apos;entité, tous les annotateurs</translation>
    </message>
    <message>
        <source>Agreement per entity type</source>
        <translation>Accord par type d&apos;entité</translation>
    </message>
    <message>
        <source>Per article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <source>Only one annotator read this article.</source>
        <translation>Un seul annotateur a lu cet article.</translation>
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
        <translation>Modifier l&apos;affiliation</translation>
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
    <message>
        <source>Edit Event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>1: the named town</source>
        <translation>1 : la ville nommée</translation>
    </message>
    <message>
        <source>2: near a town</source>
        <translation>2 : près d&apos;une ville</translation>
    </message>
    <message>
        <source>3: the region only</source>
        <translation>3 : la région seulement</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>1: the day</source>
        <translation>1 : le jour</translation>
    </message>
    <message>
        <source>2: the week</source>
        <translation>2 : la semaine</translation>
    </message>
    <message>
        <source>3: the month</source>
        <translation>3 : le mois</translation>
    </message>
    <message>
        <source>S&amp;ub-type:</source>
        <translation>So&amp;us-type :</translation>
    </message>
    <message>
        <source>Actor &amp;1:</source>
        <translation>Acteur &amp;1 :</translation>
    </message>
    <message>
        <source>Actor &amp;2:</source>
        <translation>Acteur &amp;2 :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Governorate (admin1):</source>
        <translation>&amp;Gouvernorat (admin1) :</translation>
    </message>
    <message>
        <source>&amp;Place precision:</source>
        <translation>&amp;Précision du lieu :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date p&amp;recision:</source>
        <translation>Préc&amp;ision de la date :</translation>
    </message>
    <message>
        <source>&amp;Fatalities:</source>
        <translation>&amp;Morts :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ, ou laissez le champ vide.</translation>
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
    <name>AnnotatorsDialog</name>
    <message>
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>stagiaire</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>arbitre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>%1 is now a %2 of this project.</source>
        <translation>%1 est désormais %2 de ce projet.</translation>
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
        <translation>Le projet n&apos;a pas pu l&apos;enregistrer : %1</translation>
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
            <numerusform>%n n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not imported.</source>
        <translation>
            <numerusform>Annulé : %n article non importé.</numerusform>
            <numerusform>Annulé : %n articles non importés.</numerusform>
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
%2 annotations révisées sur %3, %4 propositions restantes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Show the articles in this review state</source>
        <translation>Afficher les articles dans cet état de révision</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Still to review</source>
        <translation>Restant à réviser</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisés</translation>
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
        <translation>Le fichier ne peut pas être lu : c&apos;est un dossier.</translation>
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
        <translation>Ce n&apos;est pas un fichier d&apos;article (%1) ; l&apos;atelier lit %2.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>There is no text to import: what was pasted is empty.</source>
        <translation>Il n&apos;y a aucun texte à importer : le contenu collé est vide.</translation>
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
    <name>BratReader</name>
    <message>
        <source>not a brat annotation line: %1</source>
        <translation>ce n&apos;est pas une ligne d&apos;annotation brat : %1</translation>
    </message>
    <message>
        <source>a T line needs a type, offsets and the text</source>
        <translation>une ligne T nécessite un type, des positions et le texte</translation>
    </message>
    <message>
        <source>offsets &quot;%1&quot; are not &quot;START END&quot;</source>
        <translation>les positions &quot;%1&quot; ne sont pas de la forme &quot;START END&quot;</translation>
    </message>
    <message>
        <source>offsets %1-%2 lie outside the text (0-%3 code points)</source>
        <translation>les positions %1-%2 sont hors du texte (0-%3 points de code)</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; is not what offsets %2-%3 hold (&quot;%4&quot;); are the offsets code points of this .txt?</source>
        <translation>le texte &quot;%1&quot; n&apos;est pas celui que contiennent les positions %2-%3 (&quot;%4&quot;) ; ces positions sont-elles des points de code de ce .txt ?</translation>
    </message>
    <message>
        <source>an attribute line is &quot;NAME TARGET [VALUE]&quot;</source>
        <translation>une ligne d&apos;attribut est &quot;NAME TARGET [VALUE]&quot;</translation>
    </message>
    <message>
        <source>a relation line is &quot;TYPE Arg1:ID Arg2:ID&quot;</source>
        <translation>une ligne de relation est &quot;TYPE Arg1:ID Arg2:ID&quot;</translation>
    </message>
    <message>
        <source>an event line is &quot;TYPE:TRIGGER ROLE:ID ...&quot;</source>
        <translation>une ligne d&apos;événement est &quot;TYPE:TRIGGER ROLE:ID ...&quot;</translation>
    </message>
    <message>
        <source>a normalization line is &quot;Reference ID DB:KEY&quot;</source>
        <translation>une ligne de normalisation est &quot;Reference ID DB:KEY&quot;</translation>
    </message>
    <message>
        <source>a note line is &quot;AnnotatorNotes ID&quot; and the note</source>
        <translation>une ligne de note est &quot;AnnotatorNotes ID&quot; suivi de la note</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined in this file</source>
        <translation>&quot;%1&quot; n&apos;est pas défini dans ce fichier</translation>
    </message>
    <message>
        <source>free-text note</source>
        <translation>note en texte libre</translation>
    </message>
    <message>
        <source>the note &quot;%1&quot; has no field of the workbench to go to</source>
        <translation>la note &quot;%1&quot; ne correspond à aucun champ de l&apos;atelier</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (allowed: %3)</source>
        <translation>%1 inconnu &quot;%2&quot; (autorisés : %3)</translation>
    </message>
    <message>
        <source>discontinuous span</source>
        <translation>étendue discontinue</translation>
    </message>
    <message>
        <source>%1 line %2: a %3 in pieces cannot be held; it was not imported</source>
        <translation>%1 ligne %2 : un(e) %3 en plusieurs morceaux ne peut pas être conservé(e) ; non importé(e)</translation>
    </message>
    <message>
        <source>type outside the codebook</source>
        <translation>type hors du guide de codage</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a type of the workbench; not imported</source>
        <translation>%1 ligne %2 : &quot;%3&quot; n&apos;est pas un type de l&apos;atelier ; non importé</translation>
    </message>
    <message>
        <source>relation outside the codebook</source>
        <translation>relation hors du guide de codage</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a relation of the workbench; not imported</source>
        <translation>%1 ligne %2 : &quot;%3&quot; n&apos;est pas une relation de l&apos;atelier ; non importée</translation>
    </message>
    <message>
        <source>relation between spans not imported</source>
        <translation>relation entre étendues non importée</translation>
    </message>
    <message>
        <source>%1 line %2: an argument was not imported</source>
        <translation>%1 ligne %2 : un argument n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>event outside the codebook</source>
        <translation>événement hors du guide de codage</translation>
    </message>
    <message>
        <source>%1 line %2: an event of type &quot;%3&quot; (or with a trigger in pieces) cannot be held; not imported</source>
        <translation>%1 ligne %2 : un événement de type &quot;%3&quot; (ou à déclencheur en plusieurs morceaux) ne peut pas être conservé ; non importé</translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation>équivalence</translation>
    </message>
    <message>
        <source>%1 line %2: Equiv lines have no place in the workbench; not imported</source>
        <translation>%1 ligne %2 : les lignes Equiv n&apos;ont pas leur place dans l&apos;atelier ; non importées</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8</source>
        <translation>le fichier n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>%1 holds no .txt files; a brat collection is a folder of .txt and .ann files.</source>
        <translation>%1 ne contient aucun fichier .txt ; une collection brat est un dossier de fichiers .txt et .ann.</translation>
    </message>
    <message>
        <source>%1 is not a brat folder, .txt or .ann file.</source>
        <translation>%1 n&apos;est ni un dossier brat, ni un fichier .txt ou .ann.</translation>
    </message>
</context>
<context>
    <name>BratWriter</name>
    <message>
        <source>empty span (brat cannot hold it)</source>
        <translation>étendue vide (brat ne peut pas la conserver)</translation>
    </message>
    <message>
        <source>%1 at %2-%3 was not exported</source>
        <translation>%1 à %2-%3 n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>article metadata</source>
        <translation>métadonnées de l&apos;article</translation>
    </message>
    <message>
        <source>title, source, publication date and segments are not in brat&apos;s files</source>
        <translation>le titre, la source, la date de publication et les segments ne figurent pas dans les fichiers brat</translation>
    </message>
    <message>
        <source>CR LF line ends written as LF</source>
        <translation>fins de ligne CR LF écrites en LF</translation>
    </message>
    <message>
        <source>the .txt has LF line ends; offsets were converted to it</source>
        <translation>le .txt a des fins de ligne LF ; les positions ont été converties en conséquence</translation>
    </message>
    <message>
        <source>affiliation without an R line</source>
        <translation>affiliation sans ligne R</translation>
    </message>
    <message>
        <source>&quot;%1&quot; or &quot;%2&quot; is not a mention inside the stating span; the affiliation is kept as an Affiliation span with a note</source>
        <translation>&quot;%1&quot; ou &quot;%2&quot; n&apos;est pas une mention à l&apos;intérieur de l&apos;étendue qui l&apos;énonce ; l&apos;affiliation est conservée comme étendue Affiliation avec une note</translation>
    </message>
    <message>
        <source>event without a span</source>
        <translation>événement sans étendue</translation>
    </message>
    <message>
        <source>no figure or mention of the event is in the text to anchor an E line; the event was not exported</source>
        <translation>aucun bilan humain ni aucune mention de l&apos;événement ne figure dans le texte pour ancrer une ligne E ; l&apos;événement n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a file; a brat export is a folder.</source>
        <translation>%1 est un fichier ; un export brat est un dossier.</translation>
    </message>
    <message>
        <source>%1 is a folder that holds other files; choose an empty folder or a new name.</source>
        <translation>%1 est un dossier qui contient d&apos;autres fichiers ; choisissez un dossier vide ou un nouveau nom.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1.</source>
        <translation>Impossible de remplacer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation>Impossible de déplacer l&apos;export dans %1.</translation>
    </message>
</context>
<context>
    <name>CasualtyChart</name>
    <message>
        <source>People harmed, by victim</source>
        <translation>Personnes touchées, par victime</translation>
    </message>
    <message>
        <source>People harmed, by perpetrator</source>
        <translation>Personnes touchées, par auteur</translation>
    </message>
    <message>
        <source>No casualty figure</source>
        <translation>Aucun bilan humain</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more actor(s) not shown)</source>
        <translation>
            <numerusform>%1 (%n autre acteur non affiché)</numerusform>
            <numerusform>%1 (%n autres acteurs non affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>people (event figures, best estimate)</source>
        <translation>personnes (bilans des événements, meilleure estimation)</translation>
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
    <name>CasualtyTotals</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>&lt;p&gt;Accepter et rejeter passent à la proposition suivante. Rejeter accepte aussi &lt;b&gt;Suppr&lt;/b&gt; : une annotation rejetée reste dans le projet, barrée, pour que les détecteurs puissent en tirer des leçons ; l&apos;annulation la rétablit.&lt;/p&gt;&lt;p&gt;Pour ajouter une entité, sélectionnez ses mots avec Maj+flèches (ou la souris) et appuyez sur le chiffre de son type.&lt;/p&gt;</translation>
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
        <source>Import articles into a project, creating the project if it does not exist. Each article is stored in its own transaction: a bad file is reported and the others are imported.</source>
        <translation>Importer des articles dans un projet, en créant le projet s&apos;il n&apos;existe pas. Chaque article est enregistré dans sa propre transaction : un fichier défectueux est signalé et les autres sont importés.</translation>
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
        <translation>Lire un article et afficher ce que l&apos;atelier en tire, sans projet.</translation>
    </message>
    <message>
        <source>The article (.txt, .html, .htm).</source>
        <translation>L&apos;article (.txt, .html, .htm).</translation>
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
        <translation>Détecter avec la base de connaissances de ce projet (celle fournie, à laquelle s&apos;ajoutent les entrées propres au projet).</translation>
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
        <translation>Ajouter la liste propre à une organisation d&apos;acteurs, de lieux ou de sources à la base de connaissances d&apos;un projet. Le fichier est au format CSV ou TSV avec une ligne d&apos;en-tête ; les colonnes sont décrites dans resources/kb/README.md (canonical et type sont obligatoires ; les alias sont séparés par &apos;|&apos;). Les lignes erronées sont listées avec leur numéro et rien n&apos;est importé tant que le fichier n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The action: import.</source>
        <translation>L&apos;action : import.</translation>
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
        <translation>Rien n&apos;a été importé ; corrigez les lignes ci-dessus et relancez l&apos;import.</translation>
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
        <source>[%1/%2] written</source>
        <translation>[%1/%2] écrit</translation>
    </message>
    <message>
        <source>Show a project&apos;s articles and annotation counts.</source>
        <translation>Afficher les articles d&apos;un projet et le nombre d&apos;annotations.</translation>
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
        <source>What to measure: store, match or detect.</source>
        <translation>Ce qu&apos;il faut mesurer : store, match ou detect.</translation>
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
        <translation>detect : taille en Mio du second corpus, construit comme celui de match (0 l&apos;omet).</translation>
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
        <translation>action d&apos;analyste avec ligne d&apos;historique, validée : %1 actions, moyenne %2 ms, p95 %3 ms, max %4 ms (objectif &lt; 20 ms)</translation>
    </message>
    <message>
        <source>Write a project&apos;s articles and annotations as a dataset (docs/exchange.md). A loss report, FILE.loss.txt, is written beside the output and summarised here: it lists by article and annotation what the format could not carry.</source>
        <translation>Écrire les articles et annotations d&apos;un projet sous forme de jeu de données (docs/exchange.md). Un rapport de pertes, FICHIER.loss.txt, est écrit à côté de la sortie et résumé ici : il liste, par article et par annotation, ce que le format n&apos;a pas pu transporter.</translation>
    </message>
    <message>
        <source>The format to write: %1.</source>
        <translation>Le format à écrire : %1.</translation>
    </message>
    <message>
        <source>The file to write (a folder for brat).</source>
        <translation>Le fichier à écrire (un dossier pour brat).</translation>
    </message>
    <message>
        <source>Only annotations with these statuses (%1; comma-separated or repeated).</source>
        <translation>Seulement les annotations ayant ces statuts (%1 ; séparés par des virgules ou répétés).</translation>
    </message>
    <message>
        <source>Only annotations last made or reviewed by these annotators (comma-separated or repeated).</source>
        <translation>Seulement les annotations faites ou révisées en dernier par ces annotateurs (séparés par des virgules ou répétés).</translation>
    </message>
    <message>
        <source>Only these article ids, e.g. 1,2,5.</source>
        <translation>Seulement ces identifiants d&apos;article, p. ex. 1,2,5.</translation>
    </message>
    <message>
        <source>Only articles published (or, undated, imported) on or after this day, YYYY-MM-DD.</source>
        <translation>Seulement les articles publiés (ou, sans date, importés) ce jour-là ou après, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Only articles published (or imported) on or before this day, YYYY-MM-DD.</source>
        <translation>Seulement les articles publiés (ou importés) ce jour-là ou avant, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>jsonl: add each article&apos;s history of changes.</source>
        <translation>jsonl : ajouter l&apos;historique des modifications de chaque article.</translation>
    </message>
    <message>
        <source>conll: the tagging scheme, iob2 (default), iob1 or bioes.</source>
        <translation>conll : le schéma d&apos;étiquetage, iob2 (par défaut), iob1 ou bioes.</translation>
    </message>
    <message>
        <source>export needs a project and --out PATH.</source>
        <translation>export nécessite un projet et --out PATH.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (available: %2).</source>
        <translation>Format inconnu « %1 » (disponibles : %2).</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot; (available: iob2, iob1, bioes).</source>
        <translation>Schéma inconnu « %1 » (disponibles : iob2, iob1, bioes).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (available: %2).</source>
        <translation>Statut inconnu « %1 » (disponibles : %2).</translation>
    </message>
    <message>
        <source>--articles takes article ids separated by commas, e.g. 1,2,5.</source>
        <translation>--articles attend des identifiants d&apos;article séparés par des virgules, p. ex. 1,2,5.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Import an annotated dataset into a project, creating the project if it does not exist (docs/exchange.md). All or nothing: a malformed file is reported with its line and nothing is imported. Articles already in the project are left as they are; what the project cannot hold is listed.</source>
        <translation>Importer un jeu de données annoté dans un projet, en créant le projet s&apos;il n&apos;existe pas (docs/exchange.md). Tout ou rien : un fichier mal formé est signalé avec sa ligne et rien n&apos;est importé. Les articles déjà présents dans le projet sont laissés tels quels ; ce que le projet ne peut pas contenir est listé.</translation>
    </message>
    <message>
        <source>The dataset file (a folder or .ann file for brat).</source>
        <translation>Le fichier du jeu de données (un dossier ou un fichier .ann pour brat).</translation>
    </message>
    <message>
        <source>The format to read: %1.</source>
        <translation>Le format à lire : %1.</translation>
    </message>
    <message>
        <source>import-dataset needs a project, a path and --format FORMAT.</source>
        <translation>import-dataset nécessite un projet, un chemin et --format FORMAT.</translation>
    </message>
    <message>
        <source>Cannot import the format &quot;%1&quot; (importable: %2).</source>
        <translation>Impossible d&apos;importer le format « %1 » (importables : %2).</translation>
    </message>
    <message>
        <source>not imported: %1 %2: %3</source>
        <translation>non importé : %1 %2 : %3</translation>
    </message>
    <message>
        <source>export: articles in the made-up project.</source>
        <translation>export : articles du projet fictif.</translation>
    </message>
    <message>
        <source>export: annotations in all.</source>
        <translation>export : annotations au total.</translation>
    </message>
    <message>
        <source>bench measures: store, match, detect, export.</source>
        <translation>bench mesure : store, match, detect, export.</translation>
    </message>
    <message>
        <source>--articles and --annotations take positive whole numbers.</source>
        <translation>--articles et --annotations attendent des nombres entiers positifs.</translation>
    </message>
    <message>
        <source>List a project&apos;s annotators, or add one. Each annotator has a role: trainee (annotates gold articles blind and is scored), analyst or adjudicator (marks gold).</source>
        <translation>Lister les annotateurs d&apos;un projet, ou en ajouter un. Chaque annotateur a un rôle : trainee (stagiaire : annote à l&apos;aveugle les articles de référence et est évalué), analyst (analyste) ou adjudicator (arbitre : désigne la référence).</translation>
    </message>
    <message>
        <source>Add the annotator NAME.</source>
        <translation>Ajouter l&apos;annotateur NAME.</translation>
    </message>
    <message>
        <source>The new annotator&apos;s role: trainee, analyst (the default) or adjudicator.</source>
        <translation>Le rôle du nouvel annotateur : trainee, analyst (par défaut) ou adjudicator.</translation>
    </message>
    <message>
        <source>Usage: cwb annotators PROJECT [add NAME --role ROLE]</source>
        <translation>Utilisation : cwb annotators PROJET [add NOM --role RÔLE]</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use trainee, analyst or adjudicator.</source>
        <translation>Rôle inconnu « %1 » ; utilisez trainee, analyst ou adjudicator.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté (%2).</translation>
    </message>
    <message>
        <source>Mark an annotator&apos;s set of an article as its gold (adjudicated) version, against which trainees are scored. --set &quot;&quot; marks the project&apos;s shared set.</source>
        <translation>Désigner le jeu d&apos;un annotateur pour un article comme sa version de référence (arbitrée), par rapport à laquelle les stagiaires sont évalués. --set &quot;&quot; désigne le jeu partagé du projet.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;article.</translation>
    </message>
    <message>
        <source>Whose set becomes gold (an annotator&apos;s name; &quot;&quot; for the shared set).</source>
        <translation>Le jeu qui devient la référence (le nom d&apos;un annotateur ; &quot;&quot; pour le jeu partagé).</translation>
    </message>
    <message>
        <source>Remove the gold mark.</source>
        <translation>Retirer la marque de référence.</translation>
    </message>
    <message>
        <source>Who adjudicated (recorded in the history).</source>
        <translation>Qui a arbitré (enregistré dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Usage: cwb gold PROJECT ARTICLE_ID --set OWNER | --unmark</source>
        <translation>Utilisation : cwb gold PROJET ID_ARTICLE --set PROPRIÉTAIRE | --unmark</translation>
    </message>
    <message>
        <source>Article %1 is no longer gold.</source>
        <translation>L&apos;article %1 n&apos;est plus une référence.</translation>
    </message>
    <message>
        <source>Article %1: the set of %2 is gold.</source>
        <translation>Article %1 : le jeu de %2 est la référence.</translation>
    </message>
    <message>
        <source>the project (shared set)</source>
        <translation>le projet (jeu partagé)</translation>
    </message>
    <message>
        <source>Score a trainee against every gold article they annotated: span precision, recall and F1 per type (strict and lenient), affiliation, casualty and event field accuracy, a confusion matrix and each disagreement with the guideline rule that decides it. The figures are recorded in the project when they changed since the last score, for progress over time.</source>
        <translation>Évaluer un stagiaire sur chaque article de référence qu&apos;il a annoté : précision, rappel et F1 des étendues par type (strict et souple), exactitude des champs des affiliations, bilans humains et événements, une matrice de confusion et chaque désaccord avec la règle des consignes qui le tranche. Les chiffres sont enregistrés dans le projet s&apos;ils ont changé depuis la dernière évaluation, pour suivre la progression.</translation>
    </message>
    <message>
        <source>The trainee&apos;s name.</source>
        <translation>Le nom du stagiaire.</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>Afficher les chiffres en JSON.</translation>
    </message>
    <message>
        <source>Usage: cwb score PROJECT --annotator NAME [--json]</source>
        <translation>Utilisation : cwb score PROJET --annotator NOM [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project.</source>
        <translation>« %1 » n&apos;est pas un annotateur de ce projet.</translation>
    </message>
    <message>
        <source>The score could not be recorded: %1</source>
        <translation>L&apos;évaluation n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Recorded in %1&apos;s progress.</source>
        <translation>Enregistré dans la progression de %1.</translation>
    </message>
    <message>
        <source>Unchanged since the last recorded score.</source>
        <translation>Inchangé depuis la dernière évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Agreement between the project&apos;s annotators on the articles they annotated independently: Cohen&apos;s kappa per pair, Fleiss&apos; kappa and Krippendorff&apos;s alpha (nominal on entity labels, interval on casualty figures), span F1 per type, per article and as a pairwise matrix.</source>
        <translation>Accord entre les annotateurs du projet sur les articles qu&apos;ils ont annotés indépendamment : kappa de Cohen par paire, kappa de Fleiss et alpha de Krippendorff (nominal sur les étiquettes d&apos;entité, d&apos;intervalle sur les bilans humains), F1 des étendues par type, par article et sous forme de matrice par paire.</translation>
    </message>
    <message>
        <source>Kappa and alpha on overlapping spans rather than identical ones.</source>
        <translation>Kappa et alpha sur les étendues qui se chevauchent plutôt que sur les étendues identiques.</translation>
    </message>
    <message>
        <source>Usage: cwb agree PROJECT [--json] [--lenient]</source>
        <translation>Utilisation : cwb agree PROJET [--json] [--lenient]</translation>
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
        <translation>Utilisation : cwb COMMAND [OPTIONS]

Commandes :
  import PROJECT PATHS...      importer des articles (.txt, .html, .htm, dossiers)
  annotate FILE [--json]       lire un article et afficher son document
  export PROJECT --format FORMAT --out PATH [--status S] [--annotator A]
         [--articles IDS] [--from DATE] [--to DATE] [--history] [--scheme S]
                               écrire un jeu de données : jsonl, brat, conll,
                               doccano, spacy, acled, casualties, xlsx
                               (+ rapport de pertes)
  import-dataset PROJECT PATH --format FORMAT
                               importer un jeu de données : jsonl, brat, conll,
                               doccano, spacy (tout ou rien)
  info PROJECT                 décomptes par statut et par type
  kb import PROJECT FILE       ajouter les acteurs ou lieux d&apos;une organisation
                               (.tsv, .csv)
  eval GOLD.jsonl [--details]  évaluer les détecteurs sur des documents de
                               référence
  annotators PROJECT [add NAME --role ROLE]
                               lister ou ajouter des annotateurs (trainee,
                               analyst, adjudicator)
  gold PROJECT ARTICLE_ID --set OWNER
                               désigner le jeu d&apos;un annotateur comme référence
                               de l&apos;article
  score PROJECT --annotator NAME [--json]
                               évaluer un stagiaire sur les articles de
                               référence
  agree PROJECT [--json]       accord entre les annotateurs
  bench store|match|detect|export
                               mesurer la base de données, l&apos;apparieur, la
                               détection ou l&apos;export JSONL

Lancez « cwb COMMAND --help » pour les options d&apos;une commande.

Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 entrée illisible ou
sortie non écrite, 3 projet impossible à ouvrir ou à écrire, 4 certaines
entrées importées et d&apos;autres en échec.
</translation>
    </message>
    <message>
        <source>After the table, list per article every missed gold and every wrong proposed casualty figure, event and affiliation with its text and fields.</source>
        <translation>Après le tableau, lister par article chaque bilan humain, événement et affiliation de référence manqué et chaque proposition erronée, avec son texte et ses champs.</translation>
    </message>
    <message>
        <source>detect: also measure on these articles (document JSON lines, as eval reads), taken as many times as it needs to reach the corpus size.</source>
        <translation>detect : mesurer aussi sur ces articles (lignes JSON de documents, comme les lit eval), repris autant de fois qu&apos;il faut pour atteindre la taille du corpus.</translation>
    </message>
    <message>
        <source>%1 holds no documents.</source>
        <translation>%1 ne contient aucun document.</translation>
    </message>
    <message>
        <source>Measure this machine. &quot;store&quot; bulk-inserts annotations into a fresh project and times single analyst actions with their history rows; &quot;match&quot; runs the knowledge-base matcher and the whole detection pipeline over a synthetic corpus beside grep; &quot;detect&quot; runs the whole detection pipeline over generated conflict-news articles; &quot;export&quot; builds a project and exports it as JSONL.</source>
        <translation>Mesurer cette machine. « store » insère en masse des annotations dans un projet neuf et chronomètre des actions isolées d&apos;analyste avec leurs lignes d&apos;historique ; « match » exécute l&apos;apparieur de la base de connaissances et toute la chaîne de détection sur un corpus synthétique, en parallèle de grep ; « detect » exécute toute la chaîne de détection sur des articles d&apos;actualité de conflit générés ; « export » construit un projet et l&apos;exporte en JSONL.</translation>
    </message>
    <message>
        <source>detect: also write every measured article&apos;s proposals to this file (document JSON lines, without times), to compare what two builds propose.</source>
        <translation>detect : écrire aussi dans ce fichier les propositions de chaque article mesuré (lignes JSON de documents, sans les heures), pour comparer ce que proposent deux versions.</translation>
    </message>
</context>
<context>
    <name>CohenKappa</name>
    <message>
        <source>The two coders coded different numbers of units (%1 and %2).</source>
        <translation>Les deux codeurs ont codé des nombres d&apos;unités différents (%1 et %2).</translation>
    </message>
    <message>
        <source>The contingency table is not square.</source>
        <translation>Le tableau de contingence n&apos;est pas carré.</translation>
    </message>
    <message>
        <source>The contingency table holds a negative count.</source>
        <translation>Le tableau de contingence contient un effectif négatif.</translation>
    </message>
    <message>
        <source>Kappa needs at least one unit coded by both coders; there is none.</source>
        <translation>Le kappa nécessite au moins une unité codée par les deux codeurs ; il n&apos;y en a aucune.</translation>
    </message>
    <message>
        <source>Both coders used one and the same category for every unit, so agreement by chance is certain and kappa is undefined.</source>
        <translation>Les deux codeurs ont utilisé une seule et même catégorie pour chaque unité : l&apos;accord dû au hasard est certain et le kappa est indéfini.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>Gold %1, trainee %2: %n mention(s)</source>
        <translation>
            <numerusform>Référence %1, stagiaire %2 : %n mention</numerusform>
            <numerusform>Référence %1, stagiaire %2 : %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Gold: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Stagiaire : %1</translation>
    </message>
</context>
<context>
    <name>ConllReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>label outside the codebook</source>
        <translation>étiquette hors du guide de codage</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3) was not imported</source>
        <translation>%1 : &quot;%2&quot; (%3) n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>the line is not UTF-8</source>
        <translation>la ligne n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tag column</source>
        <translation>&quot;%1&quot; n&apos;a pas de colonne d&apos;étiquette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tag (O or %3-TYPE)</source>
        <translation>&quot;%1&quot; n&apos;est pas une étiquette %2 (O ou %3-TYPE)</translation>
    </message>
</context>
<context>
    <name>ConllWriter</name>
    <message>
        <source>rejected annotation (no label)</source>
        <translation>annotation rejetée (sans étiquette)</translation>
    </message>
    <message>
        <source>overlapping or nested span</source>
        <translation>étendue chevauchante ou imbriquée</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; overlaps %3 &quot;%4&quot;, which was tagged</source>
        <translation>%1 &quot;%2&quot; chevauche %3 &quot;%4&quot;, qui a été étiqueté</translation>
    </message>
    <message>
        <source>span without a token</source>
        <translation>étendue sans mot</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no token</source>
        <translation>&quot;%1&quot; ne contient aucun mot</translation>
    </message>
    <message>
        <source>figures, affiliations and events</source>
        <translation>bilans humains, affiliations et événements</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>absents de ce format</translation>
    </message>
    <message>
        <source>annotation details</source>
        <translation>détails des annotations</translation>
    </message>
    <message numerus="yes">
        <source>only the type and tokens of %n mention(s) are carried: status, provenance, canonical names and knowledge-base ids are not</source>
        <translation>
            <numerusform>seuls le type et les mots de %n mention sont transportés : statut, provenance, noms canoniques et identifiants de la base de connaissances ne le sont pas</numerusform>
            <numerusform>seuls le type et les mots de %n mentions sont transportés : statut, provenance, noms canoniques et identifiants de la base de connaissances ne le sont pas</numerusform>
        </translation>
    </message>
    <message>
        <source>article text and metadata</source>
        <translation>texte et métadonnées de l&apos;article</translation>
    </message>
    <message>
        <source>white space, title, source, dates and segments are not in this format</source>
        <translation>les espaces, le titre, la source, les dates et les segments ne figurent pas dans ce format</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cell neutralised (formula)</source>
        <translation>cellule neutralisée (formule)</translation>
    </message>
    <message>
        <source>%1 starts with a formula character; written with a leading &apos;</source>
        <translation>%1 commence par un caractère de formule ; écrit précédé de &apos;</translation>
    </message>
</context>
<context>
    <name>CurationMerge</name>
    <message>
        <source>No annotator has a set on this article.</source>
        <translation>Aucun annotateur n’a de jeu sur cet article.</translation>
    </message>
    <message>
        <source>The set of %1 is not of the same text as the others.</source>
        <translation>Le jeu de %1 ne porte pas sur le même texte que les autres.</translation>
    </message>
</context>
<context>
    <name>CurationView</name>
    <message>
        <source>This article cannot be curated: %1</source>
        <translation>Cet article ne peut pas être arbitré : %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Curating&lt;/b&gt; &lt;i&gt;%1&lt;/i&gt; from %2: %n agreed unit(s) go into the gold as they are; </source>
        <translation>
            <numerusform>&lt;b&gt;Arbitrage&lt;/b&gt; de &lt;i&gt;%1&lt;/i&gt; à partir de %2 : %n unité en accord entre telle quelle dans la référence ; </numerusform>
            <numerusform>&lt;b&gt;Arbitrage&lt;/b&gt; de &lt;i&gt;%1&lt;/i&gt; à partir de %2 : %n unités en accord entrent telles quelles dans la référence ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) differ and wait for your choice.</source>
        <translation>
            <numerusform>%n unité diverge et attend votre choix.</numerusform>
            <numerusform>%n unités divergent et attendent votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Differs, undecided</source>
        <translation>Divergent, non tranché</translation>
    </message>
    <message>
        <source>Differs, decided</source>
        <translation>Divergent, tranché</translation>
    </message>
    <message>
        <source>Article text with the units marked</source>
        <translation>Texte de l’article avec les unités marquées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marqué par</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Units the annotators differ on</source>
        <translation>Unités sur lesquelles les annotateurs divergent</translation>
    </message>
    <message>
        <source>Each annotator&apos;s version of the selected unit</source>
        <translation>La version de chaque annotateur pour l’unité sélectionnée</translation>
    </message>
    <message>
        <source>1-9: take annotator N&apos;s version    0 or Delete: drop the unit    Up/Down: move between units</source>
        <translation>1-9 : prendre la version de l’annotateur N    0 ou Suppr : écarter l’unité    Haut/Bas : passer d’une unité à l’autre</translation>
    </message>
    <message>
        <source>&amp;Save as Gold</source>
        <translation>&amp;Enregistrer comme référence</translation>
    </message>
    <message>
        <source>Enabled once every differing unit is decided</source>
        <translation>Disponible une fois chaque unité divergente tranchée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, agreed</source>
        <translation>%1, accord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every annotator agrees</source>
        <translation>Tous les annotateurs sont d’accord</translation>
    </message>
    <message>
        <source>Select a unit</source>
        <translation>Sélectionnez une unité</translation>
    </message>
    <message>
        <source>%1  %2  ✓ chosen</source>
        <translation>%1  %2  ✓ choisie</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(not marked)</source>
        <translation>(non marqué)</translation>
    </message>
    <message>
        <source>There is no annotator %1 on this article.</source>
        <translation>Il n’y a pas d’annotateur %1 sur cet article.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as the gold of “%1”: %2 mention(s), %3 affiliation(s), %4 casualty figure(s), %5 event(s).</source>
        <translation>Enregistré comme référence de “%1” : %2 mention(s), %3 affiliation(s), %4 bilan(s) humain(s), %5 événement(s).</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 sur %2 tranchées</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non tranchée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>%1&apos;s version (%2)</source>
        <translation>version de %1 (%2)</translation>
    </message>
    <message>
        <source>dropped, as %1 (%2)</source>
        <translation>écartée, comme %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Étendue</translation>
    </message>
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
        <source>Attributed to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Énoncé dans</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
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
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Sub-type</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>Acteur 1</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>Acteur 2</translation>
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
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Bilans</translation>
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
        <translation>Le projet n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n article(s) with %1 annotation(s) to %2.</source>
        <translation>
            <numerusform>%n article écrit avec %1 annotation(s) dans %2.</numerusform>
            <numerusform>%n articles écrits avec %1 annotation(s) dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss report: %1</source>
        <translation>Rapport de pertes : %1</translation>
    </message>
</context>
<context>
    <name>DatasetFormats</name>
    <message>
        <source>Document JSONL (lossless, the workbench&apos;s own)</source>
        <translation>JSONL de documents (sans perte, le format propre à l&apos;atelier)</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann per article)</source>
        <translation>brat standoff (.txt + .ann par article)</translation>
    </message>
    <message>
        <source>CoNLL-2003 style tokens and tags</source>
        <translation>Mots et étiquettes façon CoNLL-2003</translation>
    </message>
    <message>
        <source>doccano JSONL (text and label spans)</source>
        <translation>doccano JSONL (texte et étendues étiquetées)</translation>
    </message>
    <message>
        <source>spaCy JSONL (text and entities)</source>
        <translation>spaCy JSONL (texte et entités)</translation>
    </message>
    <message>
        <source>ACLED-style events CSV</source>
        <translation>CSV d&apos;événements façon ACLED</translation>
    </message>
    <message>
        <source>Casualty figures CSV</source>
        <translation>CSV des bilans humains</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per table</source>
        <translation>Classeur Excel (.xlsx), une feuille par table</translation>
    </message>
</context>
<context>
    <name>DatasetImportDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Tags (CoNLL):</source>
        <translation>É&amp;tiquettes (CoNLL) :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>brat Folder</source>
        <translation>Dossier brat</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>%1: the project could not store the import: %2</source>
        <translation>%1 : le projet n&apos;a pas pu enregistrer l&apos;import : %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) with %1 annotation(s).</source>
        <translation>
            <numerusform>%n article importé avec %1 annotation(s).</numerusform>
            <numerusform>%n articles importés avec %1 annotation(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) already in the project were left as they were.</source>
        <translation>
            <numerusform>%n article déjà présent dans le projet a été laissé tel quel.</numerusform>
            <numerusform>%n articles déjà présents dans le projet ont été laissés tels quels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>The %1 format cannot be imported (importable: %2).</source>
        <translation>Le format %1 ne peut pas être importé (importables : %2).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>DatasetTables</name>
    <message>
        <source>ACLED interaction code unknown</source>
        <translation>code d&apos;interaction ACLED inconnu</translation>
    </message>
    <message>
        <source>no mention tells what kind of actor &quot;%1&quot; is</source>
        <translation>aucune mention n&apos;indique de quel type d&apos;acteur est &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n not in this format</source>
        <translation>
            <numerusform>%n absent de ce format</numerusform>
            <numerusform>%n absents de ce format</numerusform>
        </translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entités</translation>
    </message>
    <message>
        <source>affiliations</source>
        <translation>affiliations</translation>
    </message>
    <message>
        <source>casualty figures</source>
        <translation>bilans humains</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>article text and metadata</source>
        <translation>texte et métadonnées de l&apos;article</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>absents de ce format</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>only the uid, id, title and publication date are in this format</source>
        <translation>seuls l&apos;uid, l&apos;identifiant, le titre et la date de publication figurent dans ce format</translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>texte après le guillemet fermant d&apos;un champ (écrivez &quot;&quot; pour un guillemet dans un champ entre guillemets)</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
</context>
<context>
    <name>DetectionBenchmark</name>
    <message>
        <source>the bundled knowledge base is empty</source>
        <translation>la base de connaissances fournie est vide</translation>
    </message>
    <message>
        <source>detection benchmark failed: %1
</source>
        <translation>échec du banc de détection : %1
</translation>
    </message>
    <message>
        <source>detector build (bundled knowledge base): %1 ms; one thread; MB = 10^6 bytes of UTF-8 input; best of the passes (worst)
</source>
        <translation>construction du détecteur (base de connaissances fournie) : %1 ms ; un fil d&apos;exécution ; Mo = 10^6 octets d&apos;entrée UTF-8 ; meilleur des passages (pire)
</translation>
    </message>
    <message>
        <source>news corpus: %1 MB in %2 articles (conflict news from templates, with segments)
</source>
        <translation>corpus d&apos;actualités : %1 Mo en %2 articles (actualités de conflit à partir de modèles, avec segments)
</translation>
    </message>
    <message numerus="yes">
        <source>your articles: %1 MB in %2 articles (%3, taken %n time(s))
</source>
        <translation>
            <numerusform>vos articles : %1 Mo en %2 articles (%3, repris %n fois)
</numerusform>
            <numerusform>vos articles : %1 Mo en %2 articles (%3, repris %n fois)
</numerusform>
        </translation>
    </message>
    <message>
        <source>synthetic corpus: %1 MB in %2 articles (MatcherBenchmark&apos;s kind: filler and made-up names, 600-byte lines)
</source>
        <translation>corpus synthétique : %1 Mo en %2 articles (genre de MatcherBenchmark : remplissage et noms inventés, lignes de 600 octets)
</translation>
    </message>
    <message>
        <source>    matcher alone:  %1 MB/s (%2) %3 s, %4 matches
</source>
        <translation>    apparieur seul :  %1 Mo/s (%2) %3 s, %4 correspondances
</translation>
    </message>
    <message>
        <source>    whole pipeline: %1 MB/s (%2) %3 s; %4 mentions, %5 affiliations, %6 casualty figures, %7 events
</source>
        <translation>    chaîne complète : %1 Mo/s (%2) %3 s ; %4 mentions, %5 affiliations, %6 bilans humains, %7 événements
</translation>
    </message>
    <message>
        <source>one long article: %1 MB in %2 s, %3 MB in %4 s: time x%5 for size x%6 (linear: about the same)
</source>
        <translation>un long article : %1 Mo en %2 s, %3 Mo en %4 s : temps x%5 pour taille x%6 (linéaire : à peu près égaux)
</translation>
    </message>
    <message>
        <source>peak memory (VmHWM): %1 MB
</source>
        <translation>pic de mémoire (VmHWM) : %1 Mo
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
    <message>
        <source>%1 casualty  &quot;%2&quot; %3, victim %4, perpetrator %5, low/best/high %6/%7/%8, %9, %10</source>
        <translation>%1 bilan  « %2 » %3, victime %4, auteur %5, bas/meilleur/haut %6/%7/%8, %9, %10</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation>, nuancé</translation>
    </message>
    <message>
        <source>%1 event  %2 / %3, location %4 (%5), date %6, fatalities %7, %8 vs %9</source>
        <translation>%1 événement  %2 / %3, lieu %4 (%5), date %6, morts %7, %8 contre %9</translation>
    </message>
    <message>
        <source>%1 affiliation  &quot;%2&quot; %3 %4 %5</source>
        <translation>%1 affiliation  « %2 » %3 %4 %5</translation>
    </message>
    <message>
        <source>, former</source>
        <translation>, ancienne</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>erroné</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <source>Every casualty figure, event and affiliation was found.</source>
        <translation>Chaque bilan humain, événement et affiliation a été trouvé.</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>Mauvais type</translation>
    </message>
    <message>
        <source>Wrong span</source>
        <translation>Mauvaise étendue</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>Mauvaise valeur</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <source>casualty figure</source>
        <translation>bilan humain</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an annotation and one of its fields: &quot;casualty figure: best&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1
Guideline: section %2, %3</source>
        <translation>%1
Consigne : section %2, %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
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
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD): %2</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ) : %2</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 outside the text (0-%4 code points).</source>
        <translation>%1 a des décalages %2-%3 hors du texte (0-%4 points de code).</translation>
    </message>
    <message>
        <source>The document has no &quot;text&quot;.</source>
        <translation>Le document n&apos;a pas de « text ».</translation>
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
    <name>ExportBenchmark</name>
    <message>
        <source>project: %1 articles, %2 annotations, built in %3 s
export jsonl from the project: %4 MB in %5 s = %6 MB/s (goal &gt;= 100)
CPU time of the export, all threads: %10 s (%11 MB per CPU second)
serialise and write only: %7 MB/s
read the project only: %9 s
peak memory during the export: %8 MB (goal &lt; 1024)</source>
        <translation>projet : %1 articles, %2 annotations, construit en %3 s
export jsonl depuis le projet : %4 Mo en %5 s = %6 Mo/s (objectif &gt;= 100)
temps CPU de l&apos;export, tous threads : %10 s (%11 Mo par seconde CPU)
sérialisation et écriture seules : %7 Mo/s
lecture du projet seule : %9 s
pic de mémoire pendant l&apos;export : %8 Mo (objectif &lt; 1024)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>Exporter un jeu de données</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>S&amp;tatuses:</source>
        <translation>S&amp;tatuts :</translation>
    </message>
    <message>
        <source>everyone (or names separated by commas)</source>
        <translation>tout le monde (ou noms séparés par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Annotateurs :</translation>
    </message>
    <message>
        <source>all (or ids such as 1, 2, 5)</source>
        <translation>tous (ou identifiants tels que 1, 2, 5)</translation>
    </message>
    <message>
        <source>A&amp;rticles:</source>
        <translation>A&amp;rticles :</translation>
    </message>
    <message>
        <source>&amp;Published between</source>
        <translation>Publiés &amp;entre le</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Include each article&apos;s &amp;history of changes</source>
        <translation>Inclure l&apos;&amp;historique des modifications de chaque article</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Tick at least one status.</source>
        <translation>Cochez au moins un statut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id.</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;article.</translation>
    </message>
</context>
<context>
    <name>ExportFilter</name>
    <message>
        <source>event link to a filtered figure</source>
        <translation>lien d&apos;événement vers un bilan humain filtré</translation>
    </message>
    <message>
        <source>casualty figure c%1 is left out by the filter</source>
        <translation>le bilan humain c%1 est écarté par le filtre</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>the gold article</source>
        <translation>l&apos;article de référence</translation>
    </message>
    <message>
        <source>%1&apos;s reading of %2 cannot be scored: %3</source>
        <translation>La lecture de %2 par %1 ne peut pas être évaluée : %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;i&gt;%2&lt;/i&gt;: strict F1 %3 over %n gold mention(s), lenient F1 %4, %5 disagreement(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur &lt;i&gt;%2&lt;/i&gt; : F1 strict %3 sur %n mention de référence, F1 souple %4, %5 désaccord(s).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur &lt;i&gt;%2&lt;/i&gt; : F1 strict %3 sur %n mentions de référence, F1 souple %4, %5 désaccord(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Score per type</source>
        <translation>Score par type</translation>
    </message>
    <message>
        <source>Strict F1 per type</source>
        <translation>F1 strict par type</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>an entity type and its F1 on the chart&apos;s axis: &quot;Armed group 0.67&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Article text with the disagreements marked</source>
        <translation>Texte de l&apos;article avec les désaccords marqués</translation>
    </message>
    <message>
        <source>Disagreements with gold</source>
        <translation>Désaccords avec la référence</translation>
    </message>
    <message>
        <source>Rows: the type gold gives; columns: the type the trainee gave. (none): not marked.</source>
        <translation>Lignes : le type donné par la référence ; colonnes : le type donné par le stagiaire. (aucun) : non marqué.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Casualty figure</source>
        <translation>Bilan humain</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Field accuracy</source>
        <translation>Exactitude des champs</translation>
    </message>
    <message>
        <source>No disagreement with gold.</source>
        <translation>Aucun désaccord avec la référence.</translation>
    </message>
    <message>
        <source>Select a disagreement to see it in the text.</source>
        <translation>Sélectionnez un désaccord pour le voir dans le texte.</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Consigne : %1</translation>
    </message>
    <message>
        <source>Guideline: section %1, %2</source>
        <translation>Consigne : section %1, %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
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
    <name>FleissKappa</name>
    <message>
        <source>Kappa needs at least one subject; there is none.</source>
        <translation>Le kappa nécessite au moins un sujet ; il n&apos;y en a aucun.</translation>
    </message>
    <message>
        <source>Subject %1 has %2 categories; the first has %3.</source>
        <translation>Le sujet %1 a %2 catégories ; le premier en a %3.</translation>
    </message>
    <message>
        <source>Subject %1 holds a negative count.</source>
        <translation>Le sujet %1 contient un effectif négatif.</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa needs the same number of raters for every subject: subject %1 has %2, the first has %3.</source>
        <translation>Le kappa de Fleiss nécessite le même nombre d&apos;évaluateurs pour chaque sujet : le sujet %1 en a %2, le premier en a %3.</translation>
    </message>
    <message>
        <source>Kappa needs at least two raters per subject; there are %1.</source>
        <translation>Le kappa nécessite au moins deux évaluateurs par sujet ; il y en a %1.</translation>
    </message>
    <message>
        <source>Every rating is the same category, so agreement by chance is certain and kappa is undefined.</source>
        <translation>Toutes les évaluations sont dans la même catégorie : l&apos;accord dû au hasard est certain et le kappa est indéfini.</translation>
    </message>
    <message>
        <source>Kappa needs at least two raters; there are %1.</source>
        <translation>Le kappa nécessite au moins deux évaluateurs ; il y en a %1.</translation>
    </message>
    <message>
        <source>The raters coded different numbers of units.</source>
        <translation>Les évaluateurs ont codé des nombres d&apos;unités différents.</translation>
    </message>
    <message>
        <source>Unit %1 has a missing rating; Fleiss&apos; kappa needs every rater&apos;s label of every unit (Krippendorff&apos;s alpha allows missing values).</source>
        <translation>Il manque une évaluation pour l&apos;unité %1 ; le kappa de Fleiss nécessite l&apos;étiquette de chaque évaluateur pour chaque unité (l&apos;alpha de Krippendorff admet des valeurs manquantes).</translation>
    </message>
</context>
<context>
    <name>GuiBenchmark</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Impossible de créer un répertoire temporaire : %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Short article</source>
        <translation>Article court</translation>
    </message>
    <message>
        <source>%1 article, %L2 annotations</source>
        <translation>Article de %1, %L2 annotations</translation>
    </message>
    <message>
        <source>%1 single paragraph, %L2 annotations</source>
        <translation>Paragraphe unique de %1, %L2 annotations</translation>
    </message>
    <message>
        <source>Writing the review project...</source>
        <translation>Écriture du projet de révision...</translation>
    </message>
    <message>
        <source>review project written in %1 s: %2</source>
        <translation>projet de révision écrit en %1 s : %2</translation>
    </message>
    <message>
        <source>Writing a project of %L1 articles...</source>
        <translation>Écriture d&apos;un projet de %L1 articles...</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>list project of %L1 articles written in %2 s</source>
        <translation>projet de liste de %L1 articles écrit en %2 s</translation>
    </message>
    <message>
        <source>warm start to a painted window (window, project, first article)</source>
        <translation>démarrage à chaud jusqu&apos;à une fenêtre dessinée (fenêtre, projet, premier article)</translation>
    </message>
    <message>
        <source>The review project could not be opened.</source>
        <translation>Le projet de révision n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The review window could not be shown.</source>
        <translation>La fenêtre de révision n&apos;a pas pu être affichée.</translation>
    </message>
    <message>
        <source>The review window did not become active.</source>
        <translation>La fenêtre de révision n&apos;est pas devenue active.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>Ouverture de %1...</translation>
    </message>
    <message>
        <source>open the %1, to painted</source>
        <translation>ouvrir %1, jusqu&apos;au dessin</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Keys in the %1...</source>
        <translation>Touches dans %1...</translation>
    </message>
    <message>
        <source>cursor key (Down) in the %1</source>
        <translation>touche de curseur (Bas) dans %1</translation>
    </message>
    <message>
        <source>scroll (Page Down) in the %1</source>
        <translation>défilement (Page suivante) dans %1</translation>
    </message>
    <message>
        <source>accept (A, committed) in the %1</source>
        <translation>accepter (A, validé) dans %1</translation>
    </message>
    <message>
        <source>Jumps in the %1...</source>
        <translation>Sauts dans %1...</translation>
    </message>
    <message>
        <source>jump anywhere with the scroll bar in the %1</source>
        <translation>sauter n&apos;importe où avec la barre de défilement dans %1</translation>
    </message>
    <message>
        <source>jump to an annotation chosen in the panel in the %1</source>
        <translation>sauter à une annotation choisie dans le panneau dans %1</translation>
    </message>
    <message>
        <source>Opening the project of %L1 articles...</source>
        <translation>Ouverture du projet de %L1 articles...</translation>
    </message>
    <message>
        <source>The list project could not be opened.</source>
        <translation>Le projet de liste n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>open a project of %L1 articles, to listed and painted</source>
        <translation>ouvrir un projet de %L1 articles, jusqu&apos;à la liste affichée et dessinée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> (first run %1 ms)</source>
        <translation> (première exécution %1 ms)</translation>
    </message>
    <message>
        <source>p50 %1, p95 %2, max %3 ms over %4</source>
        <translation>p50 %1, p95 %2, max %3 ms sur %4</translation>
    </message>
    <message>
        <source>goal p95 &lt;= %1 ms</source>
        <translation>objectif p95 &lt;= %1 ms</translation>
    </message>
    <message>
        <source>goal &lt;= %1 ms</source>
        <translation>objectif &lt;= %1 ms</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1 : %2)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANQUÉ</translation>
    </message>
    <message>
        <source>(for comparison)</source>
        <translation>(pour comparaison)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>peak memory: %1 MiB</source>
        <translation>pic de mémoire : %1 Mio</translation>
    </message>
</context>
<context>
    <name>GuidelineAnchors</name>
    <message>
        <source>Segments: what is the article and what is page noise</source>
        <translation>Segments : ce qui relève de l&apos;article et ce qui est du bruit de page</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Types d&apos;entité</translation>
    </message>
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
        <source>One actor, many names: the knowledge-base entry</source>
        <translation>Un acteur, plusieurs noms : l&apos;entrée de la base de connaissances</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
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
        <source>Former ties, stance and source</source>
        <translation>Liens passés, modalité et source</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <translation>Bilans humains</translation>
    </message>
    <message>
        <source>Kind: killed, wounded, captured, missing</source>
        <translation>Nature : tués, blessés, capturés, disparus</translation>
    </message>
    <message>
        <source>Victim and perpetrator</source>
        <translation>Victime et auteur</translation>
    </message>
    <message>
        <source>Reading numbers</source>
        <translation>Lire les nombres</translation>
    </message>
    <message>
        <source>What is not a casualty figure</source>
        <translation>Ce qui n&apos;est pas un bilan humain</translation>
    </message>
    <message>
        <source>Events (for ACLED-style export)</source>
        <translation>Événements (pour l&apos;export façon ACLED)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Event date and its precision</source>
        <translation>Date de l&apos;événement et sa précision</translation>
    </message>
    <message>
        <source>Event location and its precision</source>
        <translation>Lieu de l&apos;événement et sa précision</translation>
    </message>
    <message>
        <source>Fatalities: the sum of the killed figures</source>
        <translation>Morts : la somme des bilans de tués</translation>
    </message>
    <message>
        <source>Review status and provenance</source>
        <translation>Statut de révision et provenance</translation>
    </message>
    <message>
        <source>Training and agreement</source>
        <translation>Formation et accord</translation>
    </message>
    <message>
        <source>Gold documents and trainee scores</source>
        <translation>Documents de référence et scores des stagiaires</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>Accord entre analystes</translation>
    </message>
    <message>
        <source>Thresholds in common use</source>
        <translation>Seuils d&apos;usage courant</translation>
    </message>
</context>
<context>
    <name>GuidelineBook</name>
    <message>
        <source>en</source>
        <comment>The language code (en, fr or ar) of the guideline pages shown with this translation</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>GuidelinesDock</name>
    <message>
        <source>Guidelines</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The guidelines have no rule called &quot;%1&quot;.</source>
        <translation>Les consignes n&apos;ont pas de règle nommée « %1 ».</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Not opened: %1. The guidelines open no page outside the program; copy the address into a web browser to read it.</source>
        <translation>Non ouvert : %1. Les consignes n&apos;ouvrent aucune page hors du programme ; copiez l&apos;adresse dans un navigateur web pour la lire.</translation>
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
    <name>HistoryJson</name>
    <message>
        <source>History row %1 needs &quot;kind&quot;, &quot;field&quot; and an ISO 8601 &quot;at&quot;.</source>
        <translation>La ligne d&apos;historique %1 nécessite &quot;kind&quot;, &quot;field&quot; et un &quot;at&quot; ISO 8601.</translation>
    </message>
</context>
<context>
    <name>HtmlToText</name>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation>La page n&apos;a pas pu être lue comme du HTML.</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading the articles...</source>
        <translation>Lecture des articles...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancelling after the current article...</source>
        <translation>Annulation après l&apos;article en cours...</translation>
    </message>
    <message>
        <source>Reading and detecting %1 (%2 of %3)...</source>
        <translation>Lecture et détection de %1 (%2 sur %3)...</translation>
    </message>
</context>
<context>
    <name>JsonlReader</name>
    <message>
        <source>Event ev%1 names casualty figure c%2, which the document does not have.</source>
        <translation>L&apos;événement ev%1 cite le bilan humain c%2, que le document ne contient pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>JsonlWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>KbImporter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and import it again</source>
        <translation>%1 n&apos;est pas du texte UTF-8 ; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is empty; a header row naming the columns is required</source>
        <translation>le fichier est vide ; une ligne d&apos;en-tête nommant les colonnes est obligatoire</translation>
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
        <translation>la première ligne n&apos;est pas une ligne d&apos;en-tête ; elle doit nommer les colonnes (%1)</translation>
    </message>
    <message>
        <source>the header row has no &quot;canonical&quot; column</source>
        <translation>la ligne d&apos;en-tête n&apos;a pas de colonne « canonical »</translation>
    </message>
    <message>
        <source>the header row has no &quot;type&quot; column</source>
        <translation>la ligne d&apos;en-tête n&apos;a pas de colonne « type »</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (a field with the delimiter in it needs double quotes)</source>
        <translation>%1 champs, mais l&apos;en-tête en a %2 (un champ contenant le séparateur doit être entre guillemets doubles)</translation>
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
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
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
    <message>
        <source>states.tsv: %1: &quot;%2&quot; is not a state force</source>
        <translation>states.tsv : %1 : « %2 » n’est pas une force étatique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (utilisez AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 champs, %2 attendus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed to itself</source>
        <translation>« %1 » ne peut pas être renommé en lui-même</translation>
    </message>
    <message>
        <source>renamings.tsv: &quot;%1&quot; is renamed back to itself</source>
        <translation>renamings.tsv : « %1 » revient à lui-même par ses renommages</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <source>Alpha needs at least two pairable values (two coders&apos; values of one unit); these data have none.</source>
        <translation>L&apos;alpha nécessite au moins deux valeurs appariables (les valeurs de deux codeurs pour une même unité) ; ces données n&apos;en ont aucune.</translation>
    </message>
    <message>
        <source>Every pairable value is the same, so no disagreement could be expected by chance and alpha is undefined.</source>
        <translation>Toutes les valeurs appariables sont identiques : aucun désaccord ne peut être attendu par hasard et l&apos;alpha est indéfini.</translation>
    </message>
    <message>
        <source>Unit %1 holds a value that is not a finite number.</source>
        <translation>L&apos;unité %1 contient une valeur qui n&apos;est pas un nombre fini.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
</context>
<context>
    <name>LossReport</name>
    <message>
        <source>Nothing was lost: the format carried every field of every annotation.</source>
        <translation>Rien n&apos;a été perdu : le format a transporté chaque champ de chaque annotation.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be carried:</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être transporté :</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être transportés :</numerusform>
        </translation>
    </message>
    <message>
        <source>article	annotation	what	detail</source>
        <translation>article	annotation	quoi	détail</translation>
    </message>
    <message>
        <source>Cannot write the loss report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport de pertes %1 : %2</translation>
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
        <translation>Impossible d&apos;ouvrir le projet</translation>
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
        <translation>Les articles qui n&apos;ont pas pu être importés sont listés dans les détails.</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>L&apos;article n&apos;a pas pu être lu : %1</translation>
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
        <translation>Sélectionnez d&apos;abord une annotation : J passe à la proposition suivante.</translation>
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
        <source>Select the words first (Shift+arrows), then press the type&apos;s number.</source>
        <translation>Sélectionnez d&apos;abord les mots (Maj+flèches), puis appuyez sur le chiffre du type.</translation>
    </message>
    <message>
        <source>This is the last article.</source>
        <translation>C&apos;est le dernier article.</translation>
    </message>
    <message>
        <source>This is the first article.</source>
        <translation>C&apos;est le premier article.</translation>
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
        <translation>Ouvrez ou créez d&apos;abord un projet.</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>Import &amp;Dataset...</source>
        <translation>Importer un &amp;jeu de données...</translation>
    </message>
    <message>
        <source>&amp;Export Dataset...</source>
        <translation>&amp;Exporter un jeu de données...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Hide Page &amp;Noise</source>
        <translation>Masquer le &amp;bruit de page</translation>
    </message>
    <message>
        <source>Collapse boilerplate, reader comments and spam</source>
        <translation>Replier le texte standard, les commentaires des lecteurs et les spams</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>An import is still running into the open project. Wait for it to end, or cancel it, then open the other project.</source>
        <translation>Un import est encore en cours dans le projet ouvert. Attendez qu&apos;il se termine, ou annulez-le, puis ouvrez l&apos;autre projet.</translation>
    </message>
    <message>
        <source>No Project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>An import is running: wait for it to end, or cancel it.</source>
        <translation>Un import est en cours : attendez qu&apos;il se termine, ou annulez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n path(s)...</source>
        <translation>
            <numerusform>Importation de %n chemin...</numerusform>
            <numerusform>Importation de %n chemins...</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the project.</source>
        <translation>Rechargé depuis le projet.</translation>
    </message>
    <message>
        <source>Only files and folders on this computer can be imported; save the page first.</source>
        <translation>Seuls les fichiers et dossiers de cet ordinateur peuvent être importés ; enregistrez d&apos;abord la page.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>&amp;Guideline for the Selection</source>
        <translation>&amp;Règle pour la sélection</translation>
    </message>
    <message>
        <source>The &amp;Labelling Guidelines</source>
        <translation>Les &amp;consignes d’annotation</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>%1 - %2&apos;s set (blind) - Conflict Workbench</source>
        <translation>%1 - jeu de %2 (à l’aveugle) - Conflict Workbench</translation>
    </message>
    <message>
        <source>Showing the shared set.</source>
        <translation>Affichage du jeu commun.</translation>
    </message>
    <message>
        <source>Annotating as %1: only %1&apos;s own annotations are shown.</source>
        <translation>Annotation en tant que %1 : seules les annotations de %1 sont affichées.</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <source>Legend of the marks</source>
        <translation>Légende des marques</translation>
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
        <translation>il n&apos;a pas de table %1</translation>
    </message>
    <message>
        <source>its schema_meta table does not describe a project</source>
        <translation>sa table schema_meta ne décrit pas un projet</translation>
    </message>
    <message>
        <source>There is no schema version %1 (this version knows up to %2).</source>
        <translation>Il n&apos;existe pas de version de schéma %1 (cette version connaît jusqu&apos;à la %2).</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The project is at schema %1, newer than %2; it is not downgraded.</source>
        <translation>Le projet est au schéma %1, plus récent que %2 ; il n&apos;est pas rétrogradé.</translation>
    </message>
    <message>
        <source>Could not apply schema migration %1: %2</source>
        <translation>Impossible d&apos;appliquer la migration de schéma %1 : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2
In: %3</source>
        <translation>La migration de schéma %1 a échoué : %2
Dans : %3</translation>
    </message>
    <message>
        <source>Schema migration %1 could not record its version: %2</source>
        <translation>La migration de schéma %1 n&apos;a pas pu enregistrer sa version : %2</translation>
    </message>
    <message>
        <source>Schema migration %1 could not be committed: %2</source>
        <translation>La migration de schéma %1 n&apos;a pas pu être validée : %2</translation>
    </message>
</context>
<context>
    <name>PairwiseAgreementModel</name>
    <message>
        <source>An annotator with itself.</source>
        <translation>Un annotateur avec lui-même.</translation>
    </message>
    <message>
        <source>%1 and %2 read no article in common.</source>
        <translation>%1 et %2 n&apos;ont lu aucun article en commun.</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>F1 des étendues</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>%1 and %2: %3 %4</source>
        <translation>%1 et %2 : %3 %4</translation>
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
        <translation>L&apos;événement « %1 » renvoie au chiffre de victimes %2, qui ne fait pas partie de l&apos;article.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed, so projects cannot be opened. Install the package libqt6sql6-sqlite and start again.</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé : les projets ne peuvent pas être ouverts. Installez le paquet libqt6sql6-sqlite et relancez le programme.</translation>
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
        <translation>%1 est vide, ce n&apos;est pas un projet Conflict Workbench.</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un projet Conflict Workbench (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 could not be read as a Conflict Workbench project: %2</source>
        <translation>%1 n&apos;a pas pu être lu comme projet Conflict Workbench : %2</translation>
    </message>
    <message>
        <source>%1 is not a Conflict Workbench project (%2).</source>
        <translation>%1 n&apos;est pas un projet Conflict Workbench (%2).</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Conflict Workbench project.</source>
        <translation>%1 est une base de données vide, pas un projet Conflict Workbench.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Conflict Workbench (schema %1; this version reads up to %2). It has not been changed.</source>
        <translation>Ce projet a été enregistré par une version plus récente de Conflict Workbench (schéma %1 ; cette version lit jusqu&apos;au %2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation>Impossible d&apos;ouvrir le projet %1 : %2</translation>
    </message>
    <message>
        <source>Could not open the project %1: the file system does not allow write-ahead logging (journal mode is %2).</source>
        <translation>Impossible d&apos;ouvrir le projet %1 : le système de fichiers ne permet pas la journalisation anticipée (WAL) (le mode de journal est %2).</translation>
    </message>
    <message>
        <source>Could not bring the project %1 up to date. %2</source>
        <translation>Impossible de mettre à jour le projet %1. %2</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Il n&apos;existe pas d&apos;article d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Only an annotation that was saved before can be restored; this one has no id.</source>
        <translation>Seule une annotation déjà enregistrée peut être restaurée ; celle-ci n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>A knowledge-base entry needs an id (&quot;%1&quot; has none).</source>
        <translation>Une entrée de la base de connaissances doit avoir un identifiant (« %1 » n&apos;en a pas).</translation>
    </message>
    <message>
        <source>The knowledge-base entry %1 has no canonical name.</source>
        <translation>L&apos;entrée %1 de la base de connaissances n&apos;a pas de nom canonique.</translation>
    </message>
    <message>
        <source>The project&apos;s knowledge base already has an entry with id %1.</source>
        <translation>La base de connaissances du projet contient déjà une entrée d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A knowledge-base affiliation needs both an actor and a target (&quot;%1&quot; %2 &quot;%3&quot;).</source>
        <translation>Une affiliation de la base de connaissances nécessite un acteur et une cible (« %1 » %2 « %3 »).</translation>
    </message>
    <message>
        <source>An alias needs an entry id and a name (got &quot;%1&quot; for &quot;%2&quot;).</source>
        <translation>Un alias nécessite un identifiant d&apos;entrée et un nom (reçu « %1 » pour « %2 »).</translation>
    </message>
    <message>
        <source>There is no mention with id %1.</source>
        <translation>Il n&apos;existe pas de mention d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The mention cannot be restored: id %1 is in use.</source>
        <translation>La mention ne peut pas être restaurée : l&apos;identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no affiliation with id %1.</source>
        <translation>Il n&apos;existe pas d&apos;affiliation d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The affiliation cannot be restored: id %1 is in use.</source>
        <translation>L&apos;affiliation ne peut pas être restaurée : l&apos;identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no casualty figure with id %1.</source>
        <translation>Il n&apos;existe pas de chiffre de victimes d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The casualty figure cannot be restored: id %1 is in use.</source>
        <translation>Le chiffre de victimes ne peut pas être restauré : l&apos;identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Il n&apos;existe pas d&apos;événement d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The event cannot be restored: id %1 is in use.</source>
        <translation>L&apos;événement ne peut pas être restauré : l&apos;identifiant %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Impossible de lire %1 : permission refusée.</translation>
    </message>
    <message>
        <source>The project could not be read.</source>
        <translation>Le projet n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 has not started article %2; start it before annotating.</source>
        <translation>%1 n&apos;a pas commencé l&apos;article %2 ; commencez-le avant d&apos;annoter.</translation>
    </message>
    <message>
        <source>An annotator needs a name.</source>
        <translation>Un annotateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>An annotator&apos;s name cannot start with &apos;#&apos;.</source>
        <translation>Le nom d&apos;un annotateur ne peut pas commencer par &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The project already has an annotator called &quot;%1&quot;.</source>
        <translation>Le projet a déjà un annotateur nommé « %1 ».</translation>
    </message>
    <message>
        <source>The shared set needs no start; name an annotator.</source>
        <translation>Le jeu partagé n&apos;a pas besoin d&apos;être commencé ; nommez un annotateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annotator of this project.</source>
        <translation>« %1 » n&apos;est pas un annotateur de ce projet.</translation>
    </message>
    <message>
        <source>%1 has already started article %2.</source>
        <translation>%1 a déjà commencé l&apos;article %2.</translation>
    </message>
    <message>
        <source>%1 has no set on article %2 to mark as gold.</source>
        <translation>%1 n&apos;a aucun jeu sur l&apos;article %2 à désigner comme référence.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; refers to casualty figure %2, which is not part of the curated set.</source>
        <translation>L&apos;événement « %1 » renvoie au bilan humain %2, qui ne fait pas partie du jeu validé.</translation>
    </message>
    <message>
        <source>Article %1 has no gold mark.</source>
        <translation>L&apos;article %1 n&apos;a pas de marque de référence.</translation>
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
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
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
        <translation>Le chiffre a été restauré mais n&apos;a pas été remis dans l&apos;événement « %1 » : %2</translation>
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
        <translation>L&apos;étendue %1 à %2 dépasse la fin du texte (%3 caractères).</translation>
    </message>
    <message>
        <source>The span %1 to %2 holds only spaces.</source>
        <translation>L&apos;étendue %1 à %2 ne contient que des espaces.</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>La base de connaissances n&apos;a pas d&apos;entrée « %1 ».</translation>
    </message>
    <message>
        <source>An affiliation needs an actor.</source>
        <translation>Une affiliation nécessite un acteur.</translation>
    </message>
    <message>
        <source>An affiliation needs a target: whom the actor is %1.</source>
        <translation>Une affiliation nécessite une cible : celui dont l&apos;acteur est %1.</translation>
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
        <translation>L&apos;estimation basse (%1) ne peut pas dépasser la meilleure (%2).</translation>
    </message>
    <message>
        <source>The best figure (%1) cannot be above the high (%2).</source>
        <translation>La meilleure estimation (%1) ne peut pas dépasser la haute (%2).</translation>
    </message>
    <message>
        <source>The low figure (%1) cannot be above the high (%2).</source>
        <translation>L&apos;estimation basse (%1) ne peut pas dépasser la haute (%2).</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to accept.</source>
        <translation>Il n&apos;y a pas d&apos;annotation à la ligne %1 à accepter.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to reject.</source>
        <translation>Il n&apos;y a pas d&apos;annotation à la ligne %1 à rejeter.</translation>
    </message>
    <message>
        <source>There is no mention in row %1 to correct.</source>
        <translation>Il n&apos;y a pas de mention à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>There is no affiliation in row %1 to correct.</source>
        <translation>Il n&apos;y a pas d&apos;affiliation à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>There is no casualty figure in row %1 to correct.</source>
        <translation>Il n&apos;y a pas de chiffre de victimes à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>“%1” is already marked there as %2.</source>
        <translation>« %1 » y est déjà marqué comme %2.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to delete.</source>
        <translation>Il n&apos;y a pas d&apos;annotation à la ligne %1 à supprimer.</translation>
    </message>
    <message>
        <source>An event needs a type (Battles, Explosions/Remote violence, ...).</source>
        <translation>Un événement nécessite un type (Battles, Explosions/Remote violence, ...).</translation>
    </message>
    <message>
        <source>An event needs at least its first actor.</source>
        <translation>Un événement nécessite au moins son premier acteur.</translation>
    </message>
    <message>
        <source>Fatalities cannot be negative.</source>
        <translation>Le nombre de morts ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An event with a date precision needs a date.</source>
        <translation>Un événement avec une précision de date nécessite une date.</translation>
    </message>
    <message>
        <source>The place precision is 1 (named town), 2 (near a town) or 3 (region only).</source>
        <translation>La précision du lieu est 1 (ville nommée), 2 (près d&apos;une ville) ou 3 (région seulement).</translation>
    </message>
    <message>
        <source>The date precision is 1 (day), 2 (week) or 3 (month).</source>
        <translation>La précision de la date est 1 (jour), 2 (semaine) ou 3 (mois).</translation>
    </message>
    <message>
        <source>There is no event in row %1 to correct.</source>
        <translation>Il n&apos;y a pas d&apos;événement à la ligne %1 à corriger.</translation>
    </message>
    <message>
        <source>An event has no span of its own: adjust its figures.</source>
        <translation>Un événement n&apos;a pas d&apos;étendue propre : ajustez ses bilans humains.</translation>
    </message>
    <message>
        <source>There is no annotation in row %1 to adjust.</source>
        <translation>Il n&apos;y a pas d&apos;annotation à la ligne %1 à ajuster.</translation>
    </message>
    <message>
        <source>The span cannot move further that way.</source>
        <translation>L&apos;étendue ne peut pas aller plus loin dans ce sens.</translation>
    </message>
    <message>
        <source>The span cannot shrink or move further that way.</source>
        <translation>L&apos;étendue ne peut pas rétrécir ni aller plus loin dans ce sens.</translation>
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
        <translation>Re&amp;chercher dans l&apos;article...</translation>
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
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Supprimer l&apos;a&amp;nnotation</translation>
    </message>
    <message>
        <source>Extend the Span&apos;s End by a Word</source>
        <translation>Étendre la fin de l&apos;étendue d&apos;un mot</translation>
    </message>
    <message>
        <source>Shrink the Span&apos;s End by a Word</source>
        <translation>Réduire la fin de l&apos;étendue d&apos;un mot</translation>
    </message>
    <message>
        <source>Extend the Span&apos;s Start by a Word</source>
        <translation>Étendre le début de l&apos;étendue d&apos;un mot</translation>
    </message>
    <message>
        <source>Shrink the Span&apos;s Start by a Word</source>
        <translation>Réduire le début de l&apos;étendue d&apos;un mot</translation>
    </message>
    <message>
        <source>&amp;Reload from the Project</source>
        <translation>Rec&amp;harger depuis le projet</translation>
    </message>
    <message>
        <source>Ad&amp;just Span</source>
        <translation>A&amp;juster l&apos;étendue</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>%1 was not saved: the annotation is no longer in the article.</source>
        <translation>%1 n&apos;a pas été enregistré : l&apos;annotation n&apos;est plus dans l&apos;article.</translation>
    </message>
    <message>
        <source>The link of “%1” to the knowledge base was not saved: %2</source>
        <translation>Le lien de « %1 » vers la base de connaissances n&apos;a pas été enregistré : %2</translation>
    </message>
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
    <name>ReviewSession</name>
    <message>
        <source>The article cannot be opened for review: %1</source>
        <translation>L&apos;article ne peut pas être ouvert pour révision : %1</translation>
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
        <translation>L&apos;article ne peut pas être relu : %1</translation>
    </message>
    <message>
        <source>The article cannot be opened for review: %1 has not started it.</source>
        <translation>L&apos;article ne peut pas être ouvert pour révision : %1 ne l&apos;a pas commencé.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Conflict Workbench next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Conflict Workbench.</translation>
    </message>
</context>
<context>
    <name>SpanJsonlReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the line has no &quot;text&quot;</source>
        <translation>la ligne n&apos;a pas de &quot;text&quot;</translation>
    </message>
    <message>
        <source>span %1 is not [start, end, &quot;LABEL&quot;]</source>
        <translation>l&apos;étendue %1 n&apos;est pas de la forme [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <source>span %1 has offsets %2-%3 outside the text (0-%4 code points)</source>
        <translation>l&apos;étendue %1 a des positions %2-%3 hors du texte (0-%4 points de code)</translation>
    </message>
    <message>
        <source>label outside the codebook</source>
        <translation>étiquette hors du guide de codage</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; at %4-%5 was not imported</source>
        <translation>%1, ligne %2 : &quot;%3&quot; à %4-%5 n&apos;a pas été importé</translation>
    </message>
</context>
<context>
    <name>SpanJsonlWriter</name>
    <message>
        <source>rejected annotation (no label)</source>
        <translation>annotation rejetée (sans étiquette)</translation>
    </message>
    <message>
        <source>annotation details</source>
        <translation>détails des annotations</translation>
    </message>
    <message>
        <source>only span and label are carried: status, provenance, canonical names, knowledge-base ids and casualty numbers are not</source>
        <translation>seules l&apos;étendue et l&apos;étiquette sont transportées : statut, provenance, noms canoniques, identifiants de la base de connaissances et nombres des bilans humains ne le sont pas</translation>
    </message>
    <message>
        <source>affiliations and events</source>
        <translation>affiliations et événements</translation>
    </message>
    <message>
        <source>not in this format</source>
        <translation>absents de ce format</translation>
    </message>
    <message>
        <source>article metadata</source>
        <translation>métadonnées de l&apos;article</translation>
    </message>
    <message>
        <source>title, source, dates and segments are not in this format</source>
        <translation>le titre, la source, les dates et les segments ne figurent pas dans ce format</translation>
    </message>
    <message>
        <source>overlapping span</source>
        <translation>étendue chevauchante</translation>
    </message>
    <message>
        <source>spaCy entities cannot overlap; %1 at %2-%3 overlaps %4 and was left out</source>
        <translation>les entités spaCy ne peuvent pas se chevaucher ; %1 à %2-%3 chevauche %4 et a été écarté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Chronométrage de %1 actions d&apos;analyste...</translation>
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
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide (octet invalide 0x%1 à l&apos;octet %2, ligne %3), bien que l&apos;UTF-8 ait été choisi. Choisissez son véritable encodage (windows-1252 ou windows-1256) ou laissez l&apos;atelier le détecter.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (invalid byte 0x%1 at byte %2, line %3). If it is a legacy Windows page, choose its encoding (windows-1252 or windows-1256).</source>
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide (octet invalide 0x%1 à l&apos;octet %2, ligne %3). S&apos;il s&apos;agit d&apos;une ancienne page de code Windows, choisissez son encodage (windows-1252 ou windows-1256).</translation>
    </message>
    <message>
        <source>The encoding %1 is not available in this build of Qt.</source>
        <translation>L&apos;encodage %1 n&apos;est pas disponible dans cette version de Qt.</translation>
    </message>
    <message>
        <source>The file is not valid %1 (it has an odd number of bytes or a broken surrogate pair). Choose another encoding.</source>
        <translation>Le fichier n&apos;est pas du %1 valide (il a un nombre impair d&apos;octets ou une paire de substitution cassée). Choisissez un autre encodage.</translation>
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
        <translation>Le fichier ne contient que des espaces blancs ; il n&apos;y a aucun texte à lire.</translation>
    </message>
</context>
<context>
    <name>TraineeProgressChart</name>
    <message>
        <source>No scored session yet</source>
        <translation>Aucune session évaluée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Strict F1 over time</source>
        <translation>F1 strict au fil du temps</translation>
    </message>
    <message>
        <source>%1: strict F1 over time</source>
        <translation>%1 : F1 strict au fil du temps</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
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
        <translation>Le document du stagiaire n&apos;est pas le texte de l&apos;article de référence : ses positions ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>Missed: gold marks “%1” as %2.</source>
        <translation>Manquée : la référence marque « %1 » comme %2.</translation>
    </message>
    <message>
        <source>Extra: gold does not mark “%1” as %2.</source>
        <translation>En trop : la référence ne marque pas « %1 » comme %2.</translation>
    </message>
    <message>
        <source>Wrong type: gold marks “%1” as %2, not %3.</source>
        <translation>Mauvais type : la référence marque « %1 » comme %2, pas %3.</translation>
    </message>
    <message>
        <source>Wrong span: gold marks “%1” as %2, not “%3”.</source>
        <translation>Mauvaise étendue : la référence marque « %1 » comme %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>former</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>best figure</source>
        <translation>meilleure estimation</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>type d&apos;événement</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>fatalities</source>
        <translation>morts</translation>
    </message>
    <message>
        <source>Wrong %1: gold reads “%2”, not “%3”.</source>
        <translation>Champ %1 erroné : la référence indique « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>Missed: gold reads the claim %1.</source>
        <translation>Manquée : la référence lit l&apos;affirmation %1.</translation>
    </message>
    <message>
        <source>Extra: gold reads no claim %1.</source>
        <translation>En trop : la référence ne lit aucune affirmation %1.</translation>
    </message>
    <message>
        <source>Missed: gold reads a casualty figure in “%1”.</source>
        <translation>Manqué : la référence lit un bilan humain dans « %1 ».</translation>
    </message>
    <message>
        <source>Extra: gold reads no casualty figure in “%1”.</source>
        <translation>En trop : la référence ne lit aucun bilan humain dans « %1 ».</translation>
    </message>
    <message>
        <source>Missed: gold records an event (%1, %2, %3).</source>
        <translation>Manqué : la référence enregistre un événement (%1, %2, %3).</translation>
    </message>
    <message>
        <source>Extra: gold records no event (%1, %2, %3).</source>
        <translation>En trop : la référence n&apos;enregistre aucun événement (%1, %2, %3).</translation>
    </message>
</context>
<context>
    <name>TraineeScoreModel</name>
    <message>
        <source>All mentions</source>
        <translation>Toutes les mentions</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <source>Casualty figures</source>
        <translation>Bilans humains</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Annotations other than mentions are scored by their fields, not by span overlap.</source>
        <translation>Les annotations autres que les mentions sont évaluées sur leurs champs, pas sur le chevauchement des étendues.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1 (strict)</source>
        <translation>F1 (strict)</translation>
    </message>
    <message>
        <source>F1 (lenient)</source>
        <translation>F1 (souple)</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>Annotate as a &amp;Trainee...</source>
        <translation>Annoter en tant que &amp;stagiaire...</translation>
    </message>
    <message>
        <source>Back to the &amp;Shared Set</source>
        <translation>Revenir au jeu &amp;commun</translation>
    </message>
    <message>
        <source>Mark the Shown Set as &amp;Gold</source>
        <translation>Marquer le jeu affiché comme &amp;référence</translation>
    </message>
    <message>
        <source>S&amp;core the Trainee...</source>
        <translation>É&amp;valuer le stagiaire...</translation>
    </message>
    <message>
        <source>&amp;Agreement Between Annotators...</source>
        <translation>&amp;Accord entre annotateurs...</translation>
    </message>
    <message>
        <source>Casualty Figures by &amp;Actor...</source>
        <translation>Bilans humains par ac&amp;teur...</translation>
    </message>
    <message>
        <source>Open a project and an article first.</source>
        <translation>Ouvrez d’abord un projet et un article.</translation>
    </message>
    <message>
        <source>Annotate as a Trainee</source>
        <translation>Annoter en tant que stagiaire</translation>
    </message>
    <message>
        <source>The trainee&apos;s name. The article opens blind: only the trainee&apos;s own annotations are shown, none of the shared set&apos;s or anyone else&apos;s.</source>
        <translation>Le nom du stagiaire. L’article s’ouvre à l’aveugle : seules ses propres annotations sont affichées, ni celles du jeu commun ni celles des autres.</translation>
    </message>
    <message>
        <source>%1 cannot be added as a trainee: %2</source>
        <translation>%1 ne peut pas être ajouté comme stagiaire : %2</translation>
    </message>
    <message>
        <source>The article could not be started for %1: %2</source>
        <translation>L’article n’a pas pu être ouvert pour %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The shared set of this article is now its gold.</source>
        <translation>Le jeu commun de cet article est désormais sa référence.</translation>
    </message>
    <message>
        <source>%1&apos;s set of this article is now its gold.</source>
        <translation>Le jeu de %1 pour cet article est désormais sa référence.</translation>
    </message>
    <message>
        <source>Score the Trainee</source>
        <translation>Évaluer le stagiaire</translation>
    </message>
    <message>
        <source>This article has no gold yet: an adjudicator marks a set as gold first (Training &gt; Mark the Shown Set as Gold).</source>
        <translation>Cet article n’a pas encore de référence : un arbitre doit d’abord marquer un jeu comme référence (Formation &gt; Marquer le jeu affiché comme référence).</translation>
    </message>
    <message>
        <source>The sets could not be read: %1</source>
        <translation>Les jeux n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 against the gold of “%2”</source>
        <translation>%1 face à la référence de “%2”</translation>
    </message>
    <message>
        <source>Agreement Between Annotators</source>
        <translation>Accord entre annotateurs</translation>
    </message>
    <message>
        <source>Casualty Figures by Actor</source>
        <translation>Bilans humains par acteur</translation>
    </message>
    <message>
        <source>C&amp;urate Gold...</source>
        <translation>&amp;Arbitrer la référence...</translation>
    </message>
    <message>
        <source>The curated gold is saved.</source>
        <translation>La référence arbitrée est enregistrée.</translation>
    </message>
    <message>
        <source>Curate Gold</source>
        <translation>Arbitrer la référence</translation>
    </message>
    <message>
        <source>Agreement between annotators</source>
        <translation>Accord entre annotateurs</translation>
    </message>
    <message>
        <source>%1 is annotating as a trainee: go back to the shared set to decide gold.</source>
        <translation>%1 annote en tant que stagiaire : revenez au jeu commun pour décider de la référence.</translation>
    </message>
    <message>
        <source>Only an adjudicator decides gold; this project lists %1 as %2.</source>
        <translation>Seul un arbitre décide de la référence ; ce projet enregistre %1 comme %2.</translation>
    </message>
    <message>
        <source>A&amp;nnotators...</source>
        <translation>A&amp;nnotateurs...</translation>
    </message>
</context>
<context>
    <name>TrainingReport</name>
    <message>
        <source>n/a (%1)</source>
        <translation>n/d (%1)</translation>
    </message>
    <message>
        <source>Article %1 could not be read: %2</source>
        <translation>L&apos;article %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Article %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Trainee %1: %n gold article(s)</source>
        <translation>
            <numerusform>Stagiaire %1 : %n article de référence</numerusform>
            <numerusform>Stagiaire %1 : %n articles de référence</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped: %1</source>
        <translation>  ignoré : %1</translation>
    </message>
    <message>
        <source>Nothing to score: no gold article has a set of %1.</source>
        <translation>Rien à évaluer : aucun article de référence n&apos;a de jeu de %1.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
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
        <translation>strict</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>souple</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>stagiaire</translation>
    </message>
    <message>
        <source>all</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Affiliations      P/R/F1 %1  fields: %2</source>
        <translation>Affiliations      P/R/F1 %1  champs : %2</translation>
    </message>
    <message>
        <source>Casualty figures  P/R/F1 %1  fields: %2</source>
        <translation>Bilans humains    P/R/F1 %1  champs : %2</translation>
    </message>
    <message>
        <source>Events            P/R/F1 %1  fields: %2</source>
        <translation>Événements        P/R/F1 %1  champs : %2</translation>
    </message>
    <message>
        <source>Per article (mentions)</source>
        <translation>Par article (mentions)</translation>
    </message>
    <message>
        <source>  %1 %2 strict F1 %3  lenient F1 %4  disagreements %5  gold: %6</source>
        <translation>  %1 %2 F1 strict %3  F1 souple %4  désaccords %5  référence : %6</translation>
    </message>
    <message>
        <source>shared set</source>
        <translation>jeu partagé</translation>
    </message>
    <message>
        <source>Confusion matrix (rows gold, columns trainee)</source>
        <translation>Matrice de confusion (lignes : référence, colonnes : stagiaire)</translation>
    </message>
    <message>
        <source>Disagreements (article [code points] kind: explanation (rule))</source>
        <translation>Désaccords (article [points de code] nature : explication (règle))</translation>
    </message>
    <message>
        <source>strict spans</source>
        <translation>étendues strictes</translation>
    </message>
    <message>
        <source>overlapping spans</source>
        <translation>étendues qui se chevauchent</translation>
    </message>
    <message numerus="yes">
        <source>Agreement between %n annotator(s) on %1 article(s) read by two or more</source>
        <translation>
            <numerusform>Accord entre %n annotateur sur %1 article(s) lu(s) par deux annotateurs ou plus</numerusform>
            <numerusform>Accord entre %n annotateurs sur %1 article(s) lu(s) par deux annotateurs ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotators: %1</source>
        <translation>Annotateurs : %1</translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators with sets.</source>
        <translation>L&apos;accord nécessite au moins deux annotateurs ayant des jeux.</translation>
    </message>
    <message>
        <source>Entity labels, units: %1</source>
        <translation>Étiquettes d&apos;entité, unités : %1</translation>
    </message>
    <message>
        <source>  Fleiss&apos; kappa (%1 article(s) read by all):  %2</source>
        <translation>  Kappa de Fleiss (%1 article(s) lu(s) par tous) :  %2</translation>
    </message>
    <message>
        <source>  Krippendorff&apos;s alpha, nominal:             %1</source>
        <translation>  Alpha de Krippendorff, nominal :             %1</translation>
    </message>
    <message>
        <source>Casualty figures (best value):</source>
        <translation>Bilans humains (meilleure valeur) :</translation>
    </message>
    <message>
        <source>  Krippendorff&apos;s alpha, interval:            %1</source>
        <translation>  Alpha de Krippendorff, intervalle :          %1</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>  %1 / %2: %3 article(s), Cohen&apos;s kappa %4, span F1 strict %5, lenient %6</source>
        <translation>  %1 / %2 : %3 article(s), kappa de Cohen %4, F1 des étendues strict %5, souple %6</translation>
    </message>
    <message>
        <source>Span F1 matrix (strict)</source>
        <translation>Matrice du F1 des étendues (strict)</translation>
    </message>
    <message>
        <source>Span F1 per type (every pair pooled)   strict   lenient</source>
        <translation>F1 des étendues par type (toutes paires regroupées)   strict   souple</translation>
    </message>
    <message>
        <source>Span F1 per article id (every pair pooled)</source>
        <translation>F1 des étendues par identifiant d&apos;article (toutes paires regroupées)</translation>
    </message>
</context>
<context>
    <name>TypeAgreementModel</name>
    <message>
        <source>Cohen&apos;s kappa compares two annotators; the pairwise matrix shows each pair.</source>
        <translation>Le kappa de Cohen compare deux annotateurs ; la matrice par paire montre chaque paire.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>Observed agreement %1, expected by chance %2, over %n unit(s) and %3 annotators.</source>
        <translation>
            <numerusform>Accord observé %1, attendu par hasard %2, sur %n unité et %3 annotateurs.</numerusform>
            <numerusform>Accord observé %1, attendu par hasard %2, sur %n unités et %3 annotateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 des étendues</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
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
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>row past Excel&apos;s limit</source>
        <translation>ligne au-delà de la limite d&apos;Excel</translation>
    </message>
    <message>
        <source>the %1 sheet is full (1,048,576 rows)</source>
        <translation>la feuille %1 est pleine (1 048 576 lignes)</translation>
    </message>
    <message>
        <source>cell cut at 32,767 characters</source>
        <translation>cellule tronquée à 32 767 caractères</translation>
    </message>
    <message>
        <source>%1 has %2 characters; Excel cells hold 32,767</source>
        <translation>%1 contient %2 caractères ; les cellules Excel en contiennent 32 767</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Conflict Workbench: review and annotate conflict news articles.</source>
        <translation>Conflict Workbench : révision et annotation d&apos;articles d&apos;actualité sur les conflits.</translation>
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
    <message>
        <source>Measure the review window on long articles and a big project: opening, keys, scrolling, accepting, jumping, starting and listing, each to a finished paint.</source>
        <translation>Mesurer la fenêtre de révision sur des articles longs et un gros projet : ouverture, touches, défilement, acceptation, sauts, démarrage et liste, chacun jusqu&apos;à un affichage terminé.</translation>
    </message>
    <message>
        <source>Smaller data and fewer repetitions (a smoke run).</source>
        <translation>Données plus petites et moins de répétitions (un essai rapide).</translation>
    </message>
    <message>
        <source>Where to write the temporary projects.</source>
        <translation>Où écrire les projets temporaires.</translation>
    </message>
    <message>
        <source>Speak this language (en, fr, ar) instead of the one chosen in the settings.</source>
        <translation>Parler cette langue (en, fr, ar) au lieu de celle choisie dans les paramètres.</translation>
    </message>
</context>
</TS>
