document.documentElement.setAttribute('data-ready', 'yes');
