<?cs # mail/case_notice_text.cs: the plain-text part of a customer's notice (crmctl notify): our public reply, or their case resolved with the way to rate it. Rendered with HTML escaping like every template, then turned back into characters: write no entities here. ?><?cs var:Lang.notice.hello ?>, <?cs var:Notice.customer ?>.

<?cs if:Notice.resolved == "1" ?><?cs var:Lang.notice.intro_resolved ?> (<?cs var:Lang.case_kind[Notice.kind] ?>, <?cs var:Notice.case_at ?>): <?cs var:Notice.at ?>.
<?cs else ?><?cs var:Lang.notice.intro ?> (<?cs var:Lang.case_kind[Notice.kind] ?>, <?cs var:Notice.case_at ?>). <?cs var:Lang.notice.reply_of ?> <?cs var:Notice.at ?>:

<?cs var:Notice.reply ?>
<?cs /if ?>
<?cs if:Notice.link ?><?cs if:Notice.resolved == "1" ?><?cs var:Lang.notice.rate ?><?cs else ?><?cs var:Lang.notice.link ?><?cs /if ?>
<?cs var:Notice.link ?>
<?cs else ?><?cs var:Lang.notice.no_link ?>
<?cs /if ?>
<?cs var:Lang.notice.why ?>

<?cs var:Lang.notice.regards ?>
<?cs var:Notice.company ?>
