<?cs # staff/leaderboard_person.cs: one person's month against plan, their months as employee of the month and their rewards. ?><?cs set:Page.title = Person.name ?><?cs include:"layout/top.cs" ?><?cs include:"layout/forms.cs" ?>
<h1><?cs var:Person.name ?> <small><?cs var:Person.month ?></small></h1>
<section class="card" id="my-month" aria-labelledby="my-month-h">
<h2 id="my-month-h"><?cs var:Lang.board.my_month ?></h2>
<?cs if:Person.rank ?><dl class="facts">
<dt><?cs var:Lang.board.rank ?></dt><dd id="person-rank"><?cs var:Person.rank ?> / <?cs var:Person.of ?></dd>
<dt><?cs var:Lang.board.weighted ?></dt><dd id="person-weighted"><?cs var:money(Person.weighted) ?></dd>
<?cs if:?Person.plan ?><dt><?cs var:Lang.board.plan ?></dt><dd id="person-plan"><?cs var:money(Person.plan) ?> (<span id="person-achievement"><?cs var:percent(Person.achievement_bp) ?></span>%)</dd>
<dt><?cs var:Lang.board.left_to_plan ?></dt><dd id="person-left"><?cs var:money(Person.left) ?></dd>
<?cs else ?><dt><?cs var:Lang.board.plan ?></dt><dd><?cs var:Lang.board.no_plan ?></dd><?cs /if ?>
<dt><?cs var:Lang.board.units ?></dt><dd id="person-units"><?cs var:Person.units ?> <small>(<?cs var:Lang.board.today ?> <?cs var:Person.today_units ?>)</small></dd>
<dt><?cs var:Lang.board.sales ?></dt><dd><?cs var:Person.sales ?></dd>
</dl><?cs else ?><p><?cs var:Lang.board.not_on_board ?></p><?cs /if ?>
</section>
<section class="card" id="fame" aria-labelledby="fame-h">
<h2 id="fame-h"><?cs var:Lang.board.fame ?></h2>
<?cs if:subcount(Fame) > 0 ?><ul><?cs each:f = Fame ?><li>&#9733; <?cs var:Lang.wall.eom ?> <strong><?cs var:f.month ?></strong><?cs if:f.reason ?> <small>(<?cs var:f.reason ?>)</small><?cs /if ?></li><?cs /each ?></ul><?cs else ?><p><?cs var:Lang.board.no_fame ?></p><?cs /if ?>
<?cs if:subcount(PersonRewards) > 0 ?><h3><?cs var:Lang.rewards.log ?></h3><ul id="person-rewards"><?cs each:r = PersonRewards ?><li><?cs var:r.month ?>: <?cs var:Lang.rewards.kind[r.kind] ?>, <?cs var:r.description ?><?cs if:r.amount ?> (<?cs var:money(r.amount) ?>)<?cs /if ?></li><?cs /each ?></ul><?cs /if ?>
</section>
<?cs include:"layout/bottom.cs" ?>
