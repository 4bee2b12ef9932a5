<?cs # staff/leaderboard.cs: the month's leaderboard: ranks, weighted revenue against plan, contribution to the company plan, the chart and its figures. ?><?cs set:Page.title = Lang.board.title ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<div class="page-head">
<h1><?cs var:Lang.board.title ?> <small><?cs var:Board.month ?></small></h1>
<span><a class="button" id="my-month-link" href="/leaderboard/staff/<?cs var:User.id ?>"><?cs var:Lang.board.my_month ?></a> <a class="button" href="/leaderboard/wall"><?cs var:Lang.wall.open ?></a><?cs if:User.role != "agent" ?> <a class="button" href="/leaderboard/keys"><?cs var:Lang.wall.keys_title ?></a><?cs /if ?></span>
</div>
<form method="get" action="/leaderboard" class="card filters">
<?cs call:text_field("month", Lang.plans.month, "month", "") ?>
<?cs call:id_select("team", Lang.board.team, Teams, Form.team, Lang.board.all_teams) ?>
<div class="field"><button type="submit"><?cs var:Lang.report.show ?></button></div>
</form>
<section class="card" id="company" aria-labelledby="company-h">
<h2 id="company-h"><?cs var:Lang.plans.company ?></h2>
<dl class="facts">
<dt><?cs var:Lang.board.weighted ?></dt><dd id="company-weighted"><?cs var:money(Board.weighted) ?></dd>
<?cs if:Board.company_plan ?><dt><?cs var:Lang.board.plan ?></dt><dd id="company-plan"><?cs var:money(Board.company_plan) ?> (<span id="company-achievement"><?cs var:percent(Board.company_bp) ?></span>%)</dd>
<?cs if:Board.current ?><dt><?cs var:Lang.board.pace ?></dt><dd id="company-pace"><?cs var:money(Board.pace) ?> <small>(<?cs var:Lang.board.day ?> <?cs var:Board.day ?>/<?cs var:Board.days ?>)</small></dd><?cs /if ?>
<?cs else ?><dt><?cs var:Lang.board.plan ?></dt><dd><?cs var:Lang.board.no_plan ?></dd><?cs /if ?>
<?cs if:Board.revenue_shown ?><dt><?cs var:Lang.board.revenue ?></dt><dd id="company-revenue"><?cs var:money(Board.revenue) ?></dd><?cs /if ?>
<dt><?cs var:Lang.board.units ?></dt><dd><?cs var:Board.locomotive_units ?><?cs if:Board.current ?> <small>(<?cs var:Lang.board.today ?> <?cs var:Board.today_units ?>)</small><?cs /if ?></dd>
<dt><?cs var:Lang.board.sales ?></dt><dd><?cs var:Board.purchases ?></dd>
</dl>
</section>
<?cs if:subcount(Board.rows) > 0 ?>
<div class="table-wrap"><table id="board">
<caption class="help"><?cs var:Lang.board.rule ?></caption>
<thead><tr>
<th scope="col"><?cs var:Lang.board.rank ?></th>
<th scope="col"><?cs var:Lang.plans.who ?></th>
<th scope="col"><?cs var:Lang.board.weighted ?></th>
<th scope="col"><?cs var:Lang.board.plan ?></th>
<th scope="col"><?cs var:Lang.board.achievement ?></th>
<th scope="col"><?cs var:Lang.board.contribution ?></th>
<?cs if:Board.revenue_shown ?><th scope="col"><?cs var:Lang.board.revenue ?></th><?cs /if ?>
<th scope="col"><?cs var:Lang.board.units ?></th>
<th scope="col"><?cs var:Lang.board.sales ?></th>
</tr></thead>
<tbody>
<?cs each:r = Board.rows ?><tr data-staff="<?cs var:r.id ?>"<?cs if:r.me ?> class="me"<?cs /if ?>>
<td data-label="<?cs var:Lang.board.rank ?>"><strong class="rank"><?cs var:r.rank ?></strong><?cs if:?r.change ?> <small class="change" data-change="<?cs var:r.change ?>"><?cs if:r.change > 0 ?>&#9650;<?cs var:r.change ?><?cs elif:r.change < 0 ?>&#9660;<?cs var:0 - r.change ?><?cs else ?>=<?cs /if ?> <span class="visually-hidden"><?cs var:Lang.board.since_yesterday ?></span></small><?cs /if ?></td>
<th scope="row" data-label="<?cs var:Lang.plans.who ?>"><?cs if:r.me || User.role != "agent" ?><a href="/leaderboard/staff/<?cs var:r.id ?>?month=<?cs var:url_escape(Board.month) ?>"><?cs var:r.name ?></a><?cs else ?><?cs var:r.name ?><?cs /if ?><?cs if:r.active != "1" ?> <small>(<?cs var:Lang.board.left ?>)</small><?cs /if ?></th>
<td data-label="<?cs var:Lang.board.weighted ?>" class="num weighted"><?cs var:money(r.weighted) ?></td>
<td data-label="<?cs var:Lang.board.plan ?>" class="num"><?cs if:?r.plan ?><?cs var:money(r.plan) ?><?cs else ?>&ndash;<?cs /if ?></td>
<td data-label="<?cs var:Lang.board.achievement ?>" class="num achievement"><?cs if:?r.achievement_bp ?><?cs var:percent(r.achievement_bp) ?>%<?cs else ?>&ndash;<?cs /if ?></td>
<td data-label="<?cs var:Lang.board.contribution ?>" class="num contribution"><?cs if:?r.contribution_bp ?><?cs var:percent(r.contribution_bp) ?>%<?cs else ?>&ndash;<?cs /if ?></td>
<?cs if:Board.revenue_shown ?><td data-label="<?cs var:Lang.board.revenue ?>" class="num revenue"><?cs var:money(r.revenue) ?></td><?cs /if ?>
<td data-label="<?cs var:Lang.board.units ?>" class="num units"><?cs var:r.units ?></td>
<td data-label="<?cs var:Lang.board.sales ?>" class="num sales"><?cs var:r.purchases ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<figure class="card chart">
<img src="/leaderboard/chart.svg?month=<?cs var:url_escape(Board.month) ?>&amp;team=<?cs var:url_escape(Form.team) ?>" alt="<?cs var:Lang.board.chart_alt ?>" width="640">
<figcaption><?cs var:Lang.board.chart_title ?></figcaption>
</figure>
<?cs else ?><p class="card"><?cs var:Lang.board.none ?></p><?cs /if ?>
<figure class="card chart">
<img src="/leaderboard/pace.svg?month=<?cs var:url_escape(Board.month) ?>" alt="<?cs var:Lang.board.pace_alt ?>" width="640">
<figcaption><?cs var:Lang.board.pace_title ?></figcaption>
</figure>
<?cs include:"layout/bottom.cs" ?>
