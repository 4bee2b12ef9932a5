<?cs # staff/wallboard.cs: the office wall-board: ranks, progress against plan, employee of the month, today's locomotive sales; no private figures; refreshes every minute. ?><?cs set:Page.title = Lang.board.title ?><?cs set:Page.refresh = "60" ?><?cs set:Page.body_class = "wall" ?><?cs include:"layout/top.cs" ?>
<h1><?cs var:Lang.board.title ?> <small><?cs var:Wall.month ?></small></h1>
<?cs if:Wall.eom_name ?><p class="card eom" id="eom">&#9733; <?cs var:Lang.wall.eom ?> <?cs var:Wall.eom_month ?>: <strong><?cs var:Wall.eom_name ?></strong></p><?cs /if ?>
<section class="card" id="wall-company">
<h2><?cs var:Lang.plans.company ?>: <?cs var:money(Wall.weighted) ?><?cs if:Wall.plan ?> / <?cs var:money(Wall.plan) ?> (<?cs var:percent(Wall.bp) ?>%)<?cs /if ?></h2>
<?cs if:Wall.plan ?><progress max="100" value="<?cs var:Wall.bar ?>" aria-label="<?cs var:Lang.board.achievement ?>"><?cs var:percent(Wall.bp) ?>%</progress><?cs /if ?>
<p><?cs var:Lang.wall.today_units ?>: <strong id="wall-today-units"><?cs var:Wall.today_units ?></strong></p>
</section>
<div class="table-wrap"><table id="wall">
<thead><tr><th scope="col"><?cs var:Lang.board.rank ?></th><th scope="col"><?cs var:Lang.plans.who ?></th><th scope="col"><?cs var:Lang.board.weighted ?></th><th scope="col"><?cs var:Lang.board.achievement ?></th><th scope="col"><?cs var:Lang.wall.today_units ?></th></tr></thead>
<tbody>
<?cs each:r = Wall.rows ?><tr data-staff="<?cs var:r.id ?>">
<td data-label="<?cs var:Lang.board.rank ?>"><strong><?cs var:r.rank ?></strong></td>
<th scope="row" data-label="<?cs var:Lang.plans.who ?>"><?cs var:r.name ?></th>
<td data-label="<?cs var:Lang.board.weighted ?>" class="num weighted"><?cs var:money(r.weighted) ?></td>
<td data-label="<?cs var:Lang.board.achievement ?>"><?cs if:?r.bp ?><progress max="100" value="<?cs var:r.bar ?>" aria-label="<?cs var:r.name ?>"><?cs var:percent(r.bp) ?>%</progress> <?cs var:percent(r.bp) ?>%<?cs else ?>&ndash;<?cs /if ?></td>
<td data-label="<?cs var:Lang.wall.today_units ?>" class="num units"><?cs var:r.today_units ?></td>
</tr>
<?cs /each ?>
</tbody></table></div>
<?cs include:"layout/bottom.cs" ?>
