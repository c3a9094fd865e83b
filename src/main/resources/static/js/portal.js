// Interconnect Portal: small enhancements on top of pages that work without JavaScript.
'use strict';

// The drop-down menus of the top bar (<details class="menu">): one open at a time; Escape or a click
// elsewhere closes the open one, and Escape puts the focus back on its summary.
(() => {
	const menus = [...document.querySelectorAll('details.menu')];
	if (menus.length === 0) {
		return;
	}
	menus.forEach((menu) => menu.addEventListener('toggle', () => {
		if (menu.open) {
			menus.filter((other) => other !== menu && other.open).forEach((other) => {
				other.open = false;
			});
		}
	}));
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') {
			return;
		}
		menus.filter((menu) => menu.open).forEach((menu) => {
			const hadFocus = menu.contains(document.activeElement) || document.activeElement === document.body;
			menu.open = false;
			if (hadFocus) {
				menu.querySelector('summary').focus();
			}
		});
	});
	document.addEventListener('click', (event) => {
		menus.filter((menu) => menu.open && !menu.contains(event.target)).forEach((menu) => {
			menu.open = false;
		});
	});
})();
