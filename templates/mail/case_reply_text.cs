<?cs # mail/case_reply_text.cs: the plain-text part of a customer's notice of our public reply (crmctl notify). Rendered with HTML escaping like every template, then turned back into characters: write no entities here. ?><?cs var:Lang.notice.hello ?>, <?cs var:Notice.customer ?>.

<?cs var:Lang.notice.intro ?> (<?cs var:Lang.case_kind[Notice.kind] ?>, <?cs var:Notice.case_at ?>). <?cs var:Lang.notice.reply_of ?> <?cs var:Notice.at ?>:

<?cs var:Notice.reply ?>

<?cs if:Notice.link ?><?cs var:Lang.notice.link ?>
<?cs var:Notice.link ?>
<?cs else ?><?cs var:Lang.notice.no_link ?>
<?cs /if ?>
<?cs var:Lang.notice.why ?>

<?cs var:Lang.notice.regards ?>
<?cs var:Notice.company ?>
