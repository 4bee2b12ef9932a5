<?cs # staff/client_view.cs: the client page: record, timeline, interaction form, history for managers. ?><?cs set:Page.title = Client.sort_name ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Client.sort_name ?> <small>(<?cs var:Lang.kind[Client.kind] ?>)</small></h1>
<?cs if:Client.may_edit == "1" ?><span><a class="button primary" href="/clients/<?cs var:Client.id ?>/purchases/new"><?cs var:Lang.purchase.new_title ?></a> <a class="button" href="/clients/<?cs var:Client.id ?>/edit"><?cs var:Lang.client.edit ?></a> <a class="button" href="/clients/<?cs var:Client.id ?>/merge"><?cs var:Lang.client.merge ?></a></span><?cs /if ?>
<span><a class="button" href="/cases/new?client=<?cs var:Client.id ?>" id="new-case"><?cs var:Lang.case.new_for_client ?></a></span>
</div>
<?cs if:subcount(OpenCases) > 0 ?>
<section class="card warning" id="open-cases" role="region" aria-labelledby="open-cases-h">
<h2 id="open-cases-h"><?cs var:Lang.case.open_cases ?></h2>
<ul class="picks"><?cs each:k = OpenCases ?><li<?cs if:k.overdue == "1" ?> class="overdue"<?cs /if ?>><a href="/cases/<?cs var:k.id ?>"><?cs var:Lang.case_kind[k.kind] ?> #<?cs var:k.id ?></a> &mdash; <?cs var:Lang.case_state[k.state] ?>, <?cs var:Lang.priority[k.priority] ?> <small>(<?cs var:k.at ?>)</small></li>
<?cs /each ?></ul>
</section>
<?cs /if ?>
<div class="columns">
<section class="card">
<h2><?cs var:Lang.client.details ?></h2>
<dl class="facts">
<dt><?cs var:Lang.client.status ?></dt><dd><?cs var:Lang.status[Client.status] ?></dd>
<dt><?cs var:Lang.client.manager ?></dt><dd><?cs alt:Client.manager_name ?><?cs var:Lang.client.none ?><?cs /alt ?></dd>
<?cs if:Client.company_label ?><dt><?cs var:Lang.client.company ?></dt><dd><a href="/clients/<?cs var:Client.company_id ?>"><?cs var:Client.company_label ?></a></dd><?cs /if ?>
<?cs if:Client.phone1 ?><dt><?cs var:Lang.client.phone ?></dt><dd><?cs var:Client.phone1 ?> <small>(<?cs var:Lang.phonekind[Client.phone1_kind] ?>)</small><?cs if:Client.phone2 ?><br><?cs var:Client.phone2 ?> <small>(<?cs var:Lang.phonekind[Client.phone2_kind] ?>)</small><?cs /if ?><?cs if:Client.phone3 ?><br><?cs var:Client.phone3 ?> <small>(<?cs var:Lang.phonekind[Client.phone3_kind] ?>)</small><?cs /if ?></dd><?cs /if ?>
<?cs if:Client.email1 ?><dt><?cs var:Lang.client.email ?></dt><dd><?cs var:Client.email1 ?><?cs if:Client.email2 ?><br><?cs var:Client.email2 ?><?cs /if ?></dd><?cs /if ?>
<?cs if:Client.city ?><dt><?cs var:Lang.client.address ?></dt><dd><?cs var:Client.street ?> <?cs var:Client.postal_code ?> <?cs var:Client.city ?> <?cs var:Client.country ?></dd><?cs /if ?>
<?cs if:Client.birthday ?><dt><?cs var:Lang.client.birthday ?></dt><dd><?cs var:Client.birthday ?></dd><?cs /if ?>
<?cs if:Client.name_day ?><dt><?cs var:Lang.client.name_day ?></dt><dd><?cs var:Client.name_day ?></dd><?cs /if ?><?cs if:subcount(CalendarNameDays) > 0 ?><dt><?cs var:Lang.client.name_day ?></dt><dd id="name-day-proposed"><?cs each:d = CalendarNameDays ?><?cs if:name(d) != "0" ?>, <?cs /if ?><?cs var:d.day ?><?cs /each ?> <small>(<?cs var:Lang.remind.from_calendar ?>)</small></dd><?cs /if ?>
<?cs if:Client.segment_name ?><dt><?cs var:Lang.client.segment ?></dt><dd><?cs var:Client.segment_name ?></dd><?cs /if ?>
<dt><?cs var:Lang.client.source_channel ?></dt><dd><?cs var:Lang.source[Client.source_channel] ?></dd>
<?cs if:Client.preferred_channel ?><dt><?cs var:Lang.client.preferred_channel ?></dt><dd><?cs var:Lang.pref[Client.preferred_channel] ?></dd><?cs /if ?>
<dt><?cs var:Lang.client.consent ?></dt><dd><?cs each:o = Lang.consent_channel ?><?cs var:o ?>: <?cs if:Client["consent_" + name(o)] == "1" ?><?cs var:Lang.consent.given ?><?cs elif:Client["consent_" + name(o)] == "0" ?><?cs var:Lang.consent.withdrawn ?><?cs else ?><?cs var:Lang.consent.unknown ?><?cs /if ?><br><?cs /each ?></dd>
<?cs if:Client.tags ?><dt><?cs var:Lang.client.tags ?></dt><dd><?cs var:Client.tags ?></dd><?cs /if ?>
<?cs if:Client.last_contact_at ?><dt><?cs var:Lang.client.last_contact ?></dt><dd><?cs var:Client.last_contact_at ?></dd><?cs /if ?>
<dt><?cs var:Lang.client.created ?></dt><dd><?cs var:Client.created_at ?></dd>
</dl>
<?cs if:Client.notes ?><h3><?cs var:Lang.client.notes ?></h3><p class="notes"><?cs var:Client.notes ?></p><?cs /if ?>
<?cs if:subcount(Members) > 0 ?><h3><?cs var:Lang.client.members ?></h3><ul><?cs each:m = Members ?><li><a href="/clients/<?cs var:m.id ?>"><?cs var:m.name ?></a></li><?cs /each ?></ul><?cs /if ?>
</section>
<section class="card" id="log">
<h2><?cs var:Lang.client.log ?></h2>
<?cs if:subcount(Form.errors) > 0 ?><p class="error" role="alert"><?cs var:Lang.err.form ?></p><?cs /if ?>
<form method="post" action="/clients/<?cs var:Client.id ?>/interactions">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:enum_select("channel", Lang.client.channel, Lang.ichannel, Form.channel, "") ?>
<?cs call:enum_select("direction", Lang.client.direction, Lang.direction, Form.direction, "") ?>
<?cs call:text_field("at", Lang.client.at, "datetime-local", "") ?>
<?cs call:text_field("summary", Lang.client.summary, "text", "required") ?>
<?cs call:text_field("outcome", Lang.client.outcome, "text", "") ?>
<?cs call:text_field("follow_up", Lang.client.follow_up, "date", "") ?>
<button type="submit" class="primary"><?cs var:Lang.client.log_submit ?></button>
</form>
</section>
</div>
<section class="card" id="economics">
<h2><?cs var:Lang.econ.title ?></h2>
<dl class="facts">
<dt><?cs var:Lang.loyalty.tier ?></dt><dd><?cs if:Offer.tier ?><strong class="tier"><?cs var:Offer.tier ?></strong> (<?cs var:percent(Offer.tier_bp) ?>%)<?cs else ?><?cs var:Lang.loyalty.no_tier ?><?cs /if ?><?cs if:Offer.next_tier ?><br><small><?cs var:money(Offer.next_missing) ?> <?cs var:Lang.loyalty.to_reach ?> <?cs var:Offer.next_tier ?></small><?cs /if ?></dd>
<dt><?cs var:Lang.purchase.discount_applied ?></dt><dd><?cs var:percent(Offer.discount_bp) ?>%<?cs if:Offer.birthday_bp ?> <small>(<?cs var:Lang.loyalty.birthday ?> <?cs var:percent(Offer.birthday_bp) ?>%)</small><?cs /if ?><?cs if:Offer.personal_bp ?> <small>(<?cs var:Lang.loyalty.personal ?> <?cs var:percent(Offer.personal_bp) ?>%: <?cs var:Offer.personal_reason ?>; <?cs var:Lang.loyalty.until ?> <?cs var:Offer.personal_until ?>)</small><?cs /if ?></dd>
<dt><?cs var:Lang.econ.revenue ?></dt><dd id="econ-revenue"><?cs var:money(Offer.revenue) ?></dd>
<?cs if:User.role != "agent" ?><dt><?cs var:Lang.econ.margin ?></dt><dd id="econ-margin"><?cs var:money(Offer.margin) ?></dd><?cs /if ?>
<dt><?cs var:Lang.econ.discounts ?></dt><dd><?cs var:money(Offer.discounts) ?></dd>
<?cs if:CaseCost.0.cases != "0" ?><dt><?cs var:Lang.case.cost_to_serve ?></dt><dd id="econ-cases"><?cs var:CaseCost.0.cases ?> <?cs var:Lang.case.cases_count ?> (<?cs var:CaseCost.0.open ?> <?cs var:Lang.case.open_count ?>)<?cs if:CaseCost.0.compensation != "0" ?>; <?cs var:Lang.case.compensation ?> <?cs var:money(CaseCost.0.compensation) ?><?cs /if ?><?cs if:CaseCost.0.rating != "" ?>; <?cs var:Lang.case.satisfaction ?> <?cs var:CaseCost.0.rating ?>/5<?cs /if ?></dd><?cs /if ?>
<dt><?cs var:Lang.econ.purchases ?></dt><dd id="econ-purchases"><?cs var:Offer.purchases ?><?cs if:Offer.returns > 0 ?> <small>(<?cs var:Offer.returns ?> <?cs var:Lang.econ.returns ?>)</small><?cs /if ?></dd>
<?cs if:Offer.purchases > 0 ?><dt><?cs var:Lang.econ.average ?></dt><dd><?cs var:money(Offer.average) ?></dd>
<dt><?cs var:Lang.econ.first_last ?></dt><dd><?cs var:Offer.first_at ?> &ndash; <?cs var:Offer.last_at ?></dd>
<dt><?cs var:Lang.econ.tenure ?></dt><dd><?cs var:Offer.tenure_years ?> <?cs var:Lang.econ.years ?>, <?cs var:Offer.tenure_months ?> <?cs var:Lang.econ.months ?></dd><?cs /if ?>
</dl>
<?cs if:subcount(Years) > 0 ?>
<div class="table-wrap"><table>
<caption><?cs var:Lang.econ.per_year ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.econ.year ?></th><th scope="col"><?cs var:Lang.econ.revenue ?></th><?cs if:User.role != "agent" ?><th scope="col"><?cs var:Lang.econ.margin ?></th><?cs /if ?><th scope="col"><?cs var:Lang.econ.purchases ?></th></tr></thead>
<tbody><?cs each:y = Years ?><tr><td data-label="<?cs var:Lang.econ.year ?>"><?cs var:y.year ?></td><td data-label="<?cs var:Lang.econ.revenue ?>"><?cs var:money(y.revenue) ?></td><?cs if:User.role != "agent" ?><td data-label="<?cs var:Lang.econ.margin ?>"><?cs var:money(y.margin) ?></td><?cs /if ?><td data-label="<?cs var:Lang.econ.purchases ?>"><?cs var:y.purchases ?></td></tr>
<?cs /each ?></tbody></table></div>
<?cs /if ?>
<?cs if:User.role != "agent" ?>
<details<?cs if:Form.errors.percent || Form.errors.reason || Form.errors.expires_on ?> open<?cs /if ?>>
<summary><?cs var:Lang.loyalty.grant ?></summary>
<form method="post" action="/clients/<?cs var:Client.id ?>/discounts">
<input type="hidden" name="csrf_token" value="<?cs var:Page.csrf ?>">
<?cs call:text_field("percent", Lang.loyalty.percent, "text", "required") ?>
<?cs call:text_field("reason", Lang.loyalty.reason, "text", "required") ?>
<?cs call:text_field("expires_on", Lang.loyalty.expires_on, "date", "required") ?>
<button type="submit"><?cs var:Lang.loyalty.grant_submit ?></button>
</form>
</details>
<?cs /if ?>
</section>
<section class="card">
<h2><?cs var:Lang.client.timeline ?></h2>
<?cs if:subcount(Timeline) > 0 ?>
<ol class="timeline">
<?cs each:t = Timeline ?><li class="tl-<?cs var:t.kind ?>"><span class="when"><?cs var:t.at ?></span>
<?cs if:t.kind == "purchase" ?><strong><a href="/purchases/<?cs var:t.ref_id ?>"><?cs var:Lang.purchase.kind[t.label] ?> #<?cs var:t.ref_id ?></a></strong>: <?cs var:money(t.detail) ?><?cs if:t.title != "0" ?> <small>(<?cs var:Lang.purchase.discount ?> <?cs var:money(t.title) ?>)</small><?cs /if ?><?cs if:t.body ?> &mdash; <?cs var:t.body ?><?cs /if ?>
<?cs elif:t.kind == "case" ?><strong><a href="/cases/<?cs var:t.ref_id ?>"><?cs var:Lang.case_kind[t.label] ?> #<?cs var:t.ref_id ?></a></strong> (<?cs var:Lang.case_state[t.detail] ?>): <?cs var:t.title ?><?cs if:t.body ?> &mdash; <?cs var:t.body ?><?cs /if ?>
<?cs elif:t.kind == "tier" ?><strong class="tier-<?cs if:t.label == "up" ?>up<?cs else ?>down<?cs /if ?>"><?cs if:t.label == "up" ?><?cs var:Lang.loyalty.promoted ?><?cs else ?><?cs var:Lang.loyalty.demoted ?><?cs /if ?></strong> <?cs alt:t.title ?><?cs var:Lang.loyalty.no_tier ?><?cs /alt ?><?cs if:t.detail ?> <small>(<?cs var:Lang.loyalty.was ?> <?cs var:t.detail ?>)</small><?cs /if ?>
<?cs else ?><strong><?cs var:Lang.ichannel[t.label] ?>, <?cs var:Lang.direction[t.detail] ?></strong>: <?cs var:t.title ?><?cs if:t.body ?> &mdash; <?cs var:t.body ?><?cs /if ?><?cs /if ?>
<?cs if:t.staff ?><small>(<?cs var:t.staff ?>)</small><?cs /if ?>
<?cs if:t.due ?><br><span class="due"><?cs var:Lang.client.follow_up ?> <?cs var:t.due ?></span><?cs /if ?></li>
<?cs /each ?>
</ol>
<?cs else ?><p><?cs var:Lang.client.timeline_empty ?></p><?cs /if ?>
</section>
<?cs if:Client.show_history == "1" ?>
<section class="card">
<h2><?cs var:Lang.client.history ?></h2>
<div class="table-wrap"><table>
<thead><tr><th scope="col"><?cs var:Lang.audit.when ?></th><th scope="col"><?cs var:Lang.audit.who ?></th><th scope="col"><?cs var:Lang.audit.action ?></th><th scope="col"><?cs var:Lang.audit.change ?></th></tr></thead>
<tbody>
<?cs each:h = History ?><tr><td data-label="<?cs var:Lang.audit.when ?>"><?cs var:h.at ?></td><td data-label="<?cs var:Lang.audit.who ?>"><?cs var:h.who ?></td><td data-label="<?cs var:Lang.audit.action ?>"><?cs var:h.action ?></td><td data-label="<?cs var:Lang.audit.change ?>"><?cs if:h.field ?><?cs var:h.field ?>: <?cs var:h.old ?> &rarr; <?cs var:h.new ?><?cs /if ?></td></tr>
<?cs /each ?>
</tbody></table></div>
</section>
<?cs /if ?>
<?cs include:"layout/bottom.cs" ?>
