<?cs # mail/digest_text.cs: the daily digest's plain-text part (crmctl digest). Rendered with HTML escaping like every template, then crmctl digest turns the five entities back into characters: write no entities here. ?><?cs def:occasion(o) ?><?cs if:o.kind == "birthday" ?><?cs var:Lang.digest.birthday ?><?cs if:o.age ?> (<?cs var:Lang.digest.age ?> <?cs var:o.age ?>)<?cs /if ?><?cs else ?><?cs var:Lang.digest.name_day ?><?cs if:o.calendar == "1" ?> (<?cs var:Lang.digest.calendar ?>)<?cs /if ?><?cs /if ?><?cs /def ?><?cs var:Lang.digest.hello ?>, <?cs var:User.name ?>.

<?cs var:Lang.digest.intro ?> <?cs var:Day.date ?>.
<?cs if:subcount(Day.occasions) > 0 ?>
<?cs var:Lang.digest.occasions ?>
<?cs each:o = Day.occasions ?>- <?cs var:o.client ?>: <?cs call:occasion(o) ?><?cs if:o.channel ?>; <?cs var:Lang.digest.channel ?>: <?cs var:Lang.pref[o.channel] ?><?cs /if ?><?cs if:!o.consent ?>; <?cs var:Lang.digest.no_consent ?><?cs /if ?><?cs if:o.offer_bp ?>; <?cs var:Lang.digest.offer ?> <?cs var:percent(o.offer_bp) ?>% <?cs var:Lang.digest.until ?> <?cs var:o.offer_until ?><?cs /if ?><?cs if:o.greeted == "1" ?>; <?cs var:Lang.digest.greeted ?><?cs /if ?>
<?cs /each ?><?cs /if ?><?cs if:subcount(Day.followups.list) > 0 ?>
<?cs var:Lang.digest.followups ?>
<?cs each:f = Day.followups.list ?>- <?cs var:f.due ?><?cs if:f.overdue == "1" ?> (<?cs var:Lang.digest.overdue ?>)<?cs /if ?> <?cs var:f.client ?>, <?cs var:Lang.ichannel[f.channel] ?>: <?cs var:f.summary ?>
<?cs /each ?><?cs /if ?><?cs if:subcount(Day.consultations.list) > 0 ?>
<?cs var:Lang.digest.consultations ?>
<?cs each:k = Day.consultations.list ?>- <?cs var:k.due ?><?cs if:k.overdue == "1" ?> (<?cs var:Lang.digest.overdue ?>)<?cs /if ?> <?cs var:k.client ?>: <?cs var:k.product ?> (<?cs var:Lang.digest.bought ?> <?cs var:k.sold ?>)
<?cs /each ?><?cs /if ?><?cs if:subcount(Day.cases.list) > 0 ?>
<?cs var:Lang.digest.cases ?>
<?cs each:k = Day.cases.list ?>- <?cs var:Lang.case_kind[k.kind] ?> #<?cs var:k.id ?> <?cs var:k.customer ?>: <?cs if:k.overdue == "1" ?><?cs var:Lang.remind.case_past ?><?cs else ?><?cs var:Lang.remind.case_near ?><?cs /if ?><?cs if:Digest.base_url ?> <?cs var:Digest.base_url ?>/cases/<?cs var:k.id ?><?cs /if ?>
<?cs /each ?><?cs /if ?><?cs if:Day.week_ahead > 0 ?>
<?cs var:Lang.digest.week ?>
<?cs each:o = Day.week ?><?cs if:o.days > 0 ?>- <?cs var:o.date ?> <?cs var:o.client ?>: <?cs call:occasion(o) ?>
<?cs /if ?><?cs /each ?><?cs if:Day.week_more == "1" ?>- <?cs var:Lang.digest.more ?>
<?cs /if ?><?cs /if ?>
<?cs var:Lang.digest.month ?>
<?cs if:Day.progress.has_plan == "1" ?><?cs var:Lang.digest.weighted ?> <?cs var:money(Day.progress.weighted) ?> <?cs var:Lang.digest.of_plan ?> <?cs var:money(Day.progress.plan) ?> (<?cs var:percent(Day.progress.achievement_bp) ?>%)<?cs if:Day.progress.left > 0 ?>; <?cs var:Lang.digest.left ?>: <?cs var:money(Day.progress.left) ?><?cs /if ?>.<?cs else ?><?cs var:Lang.digest.weighted ?> <?cs var:money(Day.progress.weighted) ?>; <?cs var:Lang.digest.no_plan ?>.<?cs /if ?>
<?cs var:Lang.digest.sales ?>: <?cs var:Day.progress.sales ?>, <?cs var:Lang.digest.units ?>: <?cs var:Day.progress.units ?>.
<?cs if:Digest.base_url ?>
<?cs var:Lang.digest.open ?>: <?cs var:Digest.base_url ?>/
<?cs /if ?>
-- 
<?cs var:Lang.digest.footer ?>
