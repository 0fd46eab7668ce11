/**
 * "Content is data": the bad-input suite of the allow-list. Each case is something a hostile or careless
 * editor could write (in MDX, YAML, a file name or an image) and asserts every line the checker prints
 * for it: file, line, field, what is wrong and what to write instead. Nothing else may be printed, so a
 * case also proves that no other rule misfires. A second list holds tricky but legitimate content that
 * must pass untouched.
 *
 * Each case runs in its own small project (tests/support/contentProject.ts).
 */
import { describe, expect, it } from 'vitest';
import { A, article, BODY, body, check, fm, PNG, yamlFile, type Files } from '../support/contentProject';

type Case = [name: string, files: Files, expected: string[]];

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

const CASES: Case[] = [
  // Code that would run at build time.
  [
    'an expression in an attribute',
    body('<abbr title={process.env.HOME}>HOME</abbr>'),
    ['content/articles/case.mdx:16 — body — title={process.env.HOME} on <abbr> is code — Write the value in quotes: title="…".'],
  ],
  [
    'a spread attribute',
    body('<Callout title="Note" {...{ title: process.env.HOME }}>Text.</Callout>'),
    [
      'content/articles/case.mdx:16 — body — <Callout {...{ title: process.env.HOME }}> is code (a spread attribute) — Remove the {…} and write each attribute as name="value", e.g. <Callout type="warning" title="Before you start">…</Callout>.',
    ],
  ],
  [
    'code between two comments',
    body('{/* a */ process.env.HOME /* b */}'),
    [
      'content/articles/case.mdx:16 — body — {/* a */ process.env.HOME /* b */} is read as code — Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.',
    ],
  ],
  [
    'code after a line comment',
    body('{// a note\nprocess.env.HOME}'),
    [
      'content/articles/case.mdx:16 — body — {// a note process.env.HOME} is read as code — Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.',
    ],
  ],
  [
    'an expression on its own line',
    body('{process.env.HOME}'),
    [
      'content/articles/case.mdx:16 — body — {process.env.HOME} is read as code — Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.',
    ],
  ],
  [
    'an expression in running text',
    body('Two and two make {2 + 2}.'),
    ['content/articles/case.mdx:16 — body — {2 + 2} is read as code — Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.'],
  ],
  [
    'an import line',
    body("import fs from 'node:fs'"),
    [
      'content/articles/case.mdx:16 — body — "import fs from \'node:fs\'" is code (an import or export line) — Remove the line: Callout, Cite and Term work without importing anything.',
    ],
  ],
  [
    'an export line',
    body('export const secret = process.env.HOME'),
    [
      'content/articles/case.mdx:16 — body — "export const secret = process.env.HOME" is code (an import or export line) — Remove the line: Callout, Cite and Term work without importing anything.',
    ],
  ],
  [
    'an unclosed comment',
    body('{/* a note'),
    [
      'content/articles/case.mdx:16 — body — MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{` — Write a literal curly brace as \\{ or \\}; MDX reads { … } as code.',
    ],
  ],
  [
    'Cite with its id in braces',
    body('More <Cite id={"salem2018gut"} />.'),
    ['content/articles/case.mdx:16 — body — id={"salem2018gut"} on <Cite> is code — Write the value in quotes: id="salem2018gut".'],
  ],
  [
    'Callout with its type in braces',
    body('<Callout type={"warning"} title="Careful">Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — type={"warning"} on <Callout> is code — Write the value in quotes: type="warning".'],
  ],
  [
    'an attribute expression holding a template',
    body('<abbr title={`${process.env.HOME}`}>x</abbr>'),
    ['content/articles/case.mdx:16 — body — title={`${process.env.HOME}`} on <abbr> is code — Write the value in quotes: title="…".'],
  ],
  // Markup we did not choose.
  [
    'set:html',
    body('<abbr title="an example" set:html="<b>x</b>">x</abbr>'),
    ['content/articles/case.mdx:16 — body — set:html on <abbr> is an Astro directive — Remove set:html: articles cannot set HTML, scripts or styles directly.'],
  ],
  [
    'set:html with a meta refresh',
    body('<Callout title="Note" set:html={"<meta http-equiv=refresh content=0;url=https://evil.example>"}>x</Callout>'),
    [
      'content/articles/case.mdx:16 — body — set:html on <Callout> is an Astro directive — Remove set:html: articles cannot set HTML, scripts or styles directly.',
    ],
  ],
  [
    'is:raw',
    body('<abbr title="an example" is:raw>x</abbr>'),
    ['content/articles/case.mdx:16 — body — is:raw on <abbr> is an Astro directive — Remove is:raw: articles cannot set HTML, scripts or styles directly.'],
  ],
  [
    'class:list',
    body('<Callout title="Note" class:list="x">Text.</Callout>'),
    [
      'content/articles/case.mdx:16 — body — class:list on <Callout> is an Astro directive — Remove class:list: articles cannot set HTML, scripts or styles directly.',
    ],
  ],
  [
    '<plaintext>',
    body('<plaintext>everything after this</plaintext>'),
    [
      'content/articles/case.mdx:16 — body — <plaintext> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    '<meta http-equiv=refresh>',
    body('<meta http-equiv="refresh" content="0;url=https://evil.example" />'),
    [
      'content/articles/case.mdx:16 — body — <meta> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    '<iframe>',
    body('<iframe src="https://evil.example/"></iframe>'),
    [
      'content/articles/case.mdx:16 — body — <iframe> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    '<style>',
    body('<style>{"body{display:none}"}</style>'),
    [
      'content/articles/case.mdx:16 — body — <style> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    '<svg> with <animate>',
    body('<svg><a><animate attributeName="href" to="javascript:alert(1)" /><text>x</text></a></svg>'),
    [
      'content/articles/case.mdx:16 — body — <svg> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    '<form>',
    body('<form action="https://evil.example/"><button>Go</button></form>'),
    [
      'content/articles/case.mdx:16 — body — <form> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    ],
  ],
  [
    '<div style>',
    body('<div style="position:fixed;inset:0">x</div>'),
    [
      'content/articles/case.mdx:16 — body — <div> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    '<span>',
    body('<span>x</span>'),
    [
      'content/articles/case.mdx:16 — body — <span> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    '<img srcset> to another origin',
    body('<img src="./x.png" srcset="https://evil.example/x.png 2x" alt="x" />'),
    [
      'content/articles/case.mdx:16 — body — <img> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    '<a target=_blank> without rel',
    body('<a href="https://example.org/" target="_blank">x</a>'),
    [
      'content/articles/case.mdx:16 — body — <a> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    '<h1>',
    body('<h1>Another title</h1>'),
    [
      'content/articles/case.mdx:16 — body — <h1> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    'a lower-case callout',
    body('<callout title="x">x</callout>'),
    [
      'content/articles/case.mdx:16 — body — <callout> is not allowed in an article — Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is <sub>, <sup>, <abbr>.',
    ],
  ],
  [
    'a fragment',
    body('<>x</>'),
    ['content/articles/case.mdx:16 — body — an empty tag <> … </> is not allowed — Remove the <> and </>: write the text on its own.'],
  ],
  [
    'style on an allowed element',
    body('<abbr title="an example" style="color:red">x</abbr>'),
    ['content/articles/case.mdx:16 — body — style is not an attribute of <abbr> — Remove it; <abbr> takes title="…".'],
  ],
  [
    'an event handler on an allowed element',
    body('<abbr title="an example" onmouseover="alert(1)">x</abbr>'),
    [
      'content/articles/case.mdx:16 — body — onmouseover=… on <abbr> is an inline event handler, which runs code — Remove the onmouseover attribute: articles cannot run code.',
    ],
  ],
  [
    'data-pagefind-filter',
    body('<abbr title="an example" data-pagefind-filter="evidence:Strong evidence">x</abbr>'),
    ['content/articles/case.mdx:16 — body — data-pagefind-filter is not an attribute of <abbr> — Remove it; <abbr> takes title="…".'],
  ],
  [
    'data-pagefind-meta on a component',
    body('<Callout title="Note" data-pagefind-meta="title:Best article">Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — data-pagefind-meta is not an attribute of <Callout> — Remove it; <Callout> takes type="…" and title="…".'],
  ],
  [
    'id="main"',
    body('<abbr title="an example" id="main">x</abbr>'),
    ['content/articles/case.mdx:16 — body — id is not an attribute of <abbr> — Remove it; <abbr> takes title="…".'],
  ],
  [
    'an attribute on <sub>',
    body('CO<sub class="x">2</sub>'),
    ['content/articles/case.mdx:16 — body — class is not an attribute of <sub> — Remove it; <sub> takes no attributes.'],
  ],
  [
    'an attribute written twice',
    body('<abbr title="a" title="b">x</abbr>'),
    ['content/articles/case.mdx:16 — body — <abbr> has title twice — Keep one title="…".'],
  ],
  [
    '<abbr> without title',
    body('<abbr>IgE</abbr>'),
    ['content/articles/case.mdx:16 — body — <abbr> has no title — Add title="…", e.g. <abbr title="immunoglobulin E">IgE</abbr>.'],
  ],
  [
    'a second level-1 heading',
    body('# Another title'),
    [
      'content/articles/case.mdx:16 — body — "# Another title" is a second title (a level-1 heading) — Write "## Another title": the article\'s title is its only level-1 heading.',
    ],
  ],
  [
    'a level-5 heading',
    body('##### Too deep'),
    ['content/articles/case.mdx:16 — body — "##### Too deep" is a level-5 heading — Use ## to #### only: write "#### Too deep", or make it a bold sentence.'],
  ],
  ['an empty heading', body('##'), ["content/articles/case.mdx:16 — body — the heading is empty — Write the heading's text, or remove the line."]],
  [
    'a heading whose anchor is the reference list',
    body('## References'),
    [
      'content/articles/case.mdx:16 — body — the heading "References" would get the anchor #references, which the page uses for its own section — Reword the heading (references and related articles are added to every page for you).',
    ],
  ],
  [
    'a heading whose anchor is a citation',
    body('## Cite salem2018gut'),
    [
      'content/articles/case.mdx:16 — body — the heading "Cite salem2018gut" would get the anchor #cite-salem2018gut, which the page uses for its own citations — Reword the heading (references and related articles are added to every page for you).',
    ],
  ],
  ['a checklist', body('- [ ] eat more fibre'), ['content/articles/case.mdx:16 — body — is a checklist item ("- [ ]") — Write a plain list item: "- text".']],
  [
    'a footnote',
    body('A claim.[^1]\n\n[^1]: A note.'),
    [
      'content/articles/case.mdx:16 — body — [^1] is a footnote — Cite sources with <Cite id="…" />; put an aside in the text or in a <Callout>.',
      'content/articles/case.mdx:18 — body — [^1] is a footnote — Cite sources with <Cite id="…" />; put an aside in the text or in a <Callout>.',
    ],
  ],
  // Editor components with wrong attributes.
  [
    'Callout with an empty title',
    body('<Callout title="">Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — <Callout title=""> is not valid — Write a title of at least 2 characters, e.g. title="Before you start".'],
  ],
  [
    'Callout without a title',
    body('<Callout>Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — <Callout> has no title — Give it a title, e.g. <Callout type="warning" title="Before you start">.'],
  ],
  [
    'Callout of an unknown type',
    body('<Callout type="danger" title="Careful">Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — <Callout type="danger"> is not valid — Use type="note", type="warning", or leave type out for a note.'],
  ],
  [
    'Callout with an unknown attribute',
    body('<Callout kind="warning" title="Careful">Text.</Callout>'),
    ['content/articles/case.mdx:16 — body — kind is not an attribute of <Callout> — Remove it; <Callout> takes type="…" and title="…".'],
  ],
  [
    'Cite wrapping text',
    body('<Cite id="salem2018gut">Salem</Cite>'),
    ['content/articles/case.mdx:16 — body — <Cite> cannot wrap text — Write it on its own, e.g. <Cite id="salem2018gut" />, after the words it supports.'],
  ],
  ['Cite without id', body('<Cite />'), ['content/articles/case.mdx:16 — body — <Cite> has no id — Add id="…", e.g. <Cite id="salem2018gut" />.']],
  [
    'Cite with a bare id',
    body('<Cite id />'),
    ['content/articles/case.mdx:16 — body — id on <Cite> has no value — Write id="…", e.g. <Cite id="salem2018gut" />.'],
  ],
  [
    'Cite with a key that is not an id',
    body('<Cite id="Salem 2018" />'),
    ['content/articles/case.mdx:16 — body — <Cite id="Salem 2018"> is not valid — Write an id of lower-case letters, digits and hyphens, e.g. "salem2018gut".'],
  ],
  [
    'Term without text',
    body('<Term id="dysbiosis" />'),
    ['content/articles/case.mdx:16 — body — <Term> has no text — Put the word it explains between the tags, e.g. <Term id="dysbiosis">dysbiosis</Term>.'],
  ],
  [
    'Term wrapping markup',
    body('<Term id="dysbiosis">**dysbiosis**</Term>'),
    ['content/articles/case.mdx:16 — body — <Term> may only wrap plain words — Write just the word, e.g. <Term id="dysbiosis">dysbiosis</Term>.'],
  ],
  // Links.
  [
    'a reference link to javascript:',
    body('A [trap][y].\n\n[y]: javascript:alert(1)'),
    [
      'content/articles/case.mdx:18 — body — the link "javascript:alert(1)" uses the javascript: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'an HTTP:// link',
    body('[x](HTTP://example.org/)'),
    [
      'content/articles/case.mdx:16 — body — the link "HTTP://example.org/" uses http:, which is not secure — Use https: https://example.org/ (check that the page opens).',
    ],
  ],
  [
    'an http:// link',
    body('[NHS](http://www.nhs.uk/)'),
    [
      'content/articles/case.mdx:16 — body — the link "http://www.nhs.uk/" uses http:, which is not secure — Use https: https://www.nhs.uk/ (check that the page opens).',
    ],
  ],
  [
    'a data: link',
    body('[x](data:text/html;base64,PHNjcmlwdD4=)'),
    [
      'content/articles/case.mdx:16 — body — the link "data:text/html;base64,PHNjcmlwdD4=" uses the data: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'java&#9;script:',
    body('[x](java&#9;script:alert(1))'),
    [
      'content/articles/case.mdx:16 — body — the link "java\\u0009script:alert(1)" contains an invisible control character (U+0009) — Retype the address without it; write a space in an address as %20.',
    ],
  ],
  [
    'vbscript:',
    body('[x](vbscript:msgbox)'),
    [
      'content/articles/case.mdx:16 — body — the link "vbscript:msgbox" uses the vbscript: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'file:',
    body('[x](file:///etc/passwd)'),
    [
      'content/articles/case.mdx:16 — body — the link "file:///etc/passwd" uses the file: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'a protocol-relative link',
    body('[x](//evil.example/)'),
    ['content/articles/case.mdx:16 — body — the link "//evil.example/" has no https: — Write external addresses in full: https://evil.example/.'],
  ],
  [
    'https:// with no host',
    body('[x](https://)'),
    [
      'content/articles/case.mdx:16 — body — the link "https://" has no web address after https:// — Write the full address, e.g. https://www.nhs.uk/conditions/acne/.',
    ],
  ],
  [
    'a relative link',
    body('[x](./other/)'),
    ['content/articles/case.mdx:16 — body — "./other/" is a relative link — Write site links from the root, e.g. /articles/what-are-probiotics/.'],
  ],
  [
    'a link to a page that does not exist',
    body('[x](/articles/nope/)'),
    [
      'content/articles/case.mdx:16 — body — "/articles/nope/" is not a page on this site — Check the article\'s file name in content/articles/ (the URL is /articles/<file name without .mdx>/).',
    ],
  ],
  [
    'a same-page anchor that does not exist',
    body('[x](#nope)'),
    ['content/articles/case.mdx:16 — body — "#nope" is not a heading in this article — Use one of its heading anchors: (it has no headings).'],
  ],
  [
    'a glossary anchor that does not exist',
    body('[x](/glossary/#nope)'),
    [
      'content/articles/case.mdx:16 — body — "/glossary/#nope": the glossary has no term "nope" — Use an id from content/glossary.yaml, or better, <Term id="…">word</Term>.',
    ],
  ],
  [
    'a citation anchor the page does not have',
    body('[x](#cite-salem2018gut-1)'),
    ['content/articles/case.mdx:16 — body — "#cite-salem2018gut-1" is not a heading in this article — Use one of its heading anchors: (it has no headings).'],
  ],
  // Images.
  [
    'an image from another website',
    body('![A chart](https://evil.example/x.png)'),
    [
      'content/articles/case.mdx:16 — body — the image https://evil.example/x.png loads from another website — Save the image next to the article and write its name, e.g. ./chart.png: the site makes no third-party requests.',
    ],
  ],
  [
    'an image path that climbs out of the folder',
    body('![A chart](../../fixture-chart.png)'),
    [
      'content/articles/case.mdx:16 — body — the image "../../fixture-chart.png" is outside the article\'s folder — Copy the picture into content/articles/ and write ./fixture-chart.png.',
    ],
  ],
  [
    'an image path that climbs out with %2e%2e',
    body('![A chart](./%2e%2e/x.png)'),
    [
      'content/articles/case.mdx:16 — body — the image "./%2e%2e/x.png" is outside the article\'s folder — Copy the picture into content/articles/ and write ./x.png.',
    ],
  ],
  [
    'an SVG image',
    { ...body('![A chart](./chart.svg)'), 'content/articles/chart.svg': SVG },
    [
      'content/articles/case.mdx:16 — body — the image "./chart.svg" is not a .png, .jpg, .jpeg, .webp, .avif, .gif picture — Export it as PNG or WebP: SVG files can carry code, so the site does not take them.',
      'content/articles/chart.svg:1 — file name — is not an article (.mdx) or a picture (.png, .jpg, .jpeg, .webp, .avif, .gif) — Export the picture as PNG or WebP: SVG files can carry code, so the site does not take them.',
    ],
  ],
  [
    'an SVG named .png',
    { ...body('![A chart](./chart.png)'), 'content/articles/chart.png': SVG },
    [
      'content/articles/case.mdx:16 — body — the image file content/articles/chart.png is not really a PNG picture — Open it in an image editor and export it as PNG.',
    ],
  ],
  [
    'a symlinked image',
    { ...body('![A chart](./chart.png)'), 'content/articles/chart.png': { symlinkTo: '/etc/hostname' } },
    [
      'content/articles/case.mdx:16 — body — the image file content/articles/chart.png is a symbolic link — Replace the link with the picture itself.',
      'content/articles/chart.png:1 — file name — is a symbolic link — Replace the link with the file itself: the site only publishes files that are in the repository.',
    ],
  ],
  [
    'an image over the size limit',
    { ...body('![A chart](./chart.png)'), 'content/articles/chart.png': Buffer.concat([PNG, Buffer.alloc(2_100_000)]) },
    [
      'content/articles/case.mdx:16 — body — the image file content/articles/chart.png is 2.1 MB; the limit is 2 MB — Save a smaller version (1,600 pixels wide is plenty; the site resizes it for readers).',
    ],
  ],
  [
    'an image from a site path',
    body('![A chart](/favicon.svg)'),
    [
      'content/articles/case.mdx:16 — body — the image "/favicon.svg" is not a file next to the article — Save the picture in content/articles/ and write ./favicon.svg.',
    ],
  ],
  [
    'a data: image',
    body('![A chart](data:image/png;base64,iVBORw0KGgo=)'),
    [
      'content/articles/case.mdx:16 — body — the image "data:image/png;base64,iVBORw0KGgo=" uses the data: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'a reference image whose file is missing',
    body('![A chart][pic]\n\n[pic]: ./missing.png'),
    [
      'content/articles/case.mdx:16 — body — the image file content/articles/missing.png does not exist — Put the image in content/articles/ and check the spelling of its name, e.g. ![…](./missing.png).',
    ],
  ],
  [
    'a frontmatter image outside the folder',
    fm({ image: '{ src: ../chart.png, alt: "A chart of the results" }' }),
    [
      'content/articles/case.mdx:12 — image.src — the image "../chart.png" is outside the article\'s folder — Copy the picture into content/articles/ and write ./chart.png.',
    ],
  ],
  [
    'a frontmatter SVG image',
    { ...fm({ image: '{ src: ./chart.svg, alt: "A chart of the results" }' }), 'content/articles/chart.svg': SVG },
    [
      'content/articles/case.mdx:12 — image.src — the image "./chart.svg" is not a .png, .jpg, .jpeg, .webp, .avif, .gif picture — Export it as PNG or WebP: SVG files can carry code, so the site does not take them.',
      'content/articles/chart.svg:1 — file name — is not an article (.mdx) or a picture (.png, .jpg, .jpeg, .webp, .avif, .gif) — Export the picture as PNG or WebP: SVG files can carry code, so the site does not take them.',
    ],
  ],
  // Files.
  [
    'an article symlinked from outside the repository',
    { 'content/articles/linked.mdx': { symlinkTo: '$ROOT/../outside.mdx' }, '../outside.mdx': article() },
    [
      'content/articles/linked.mdx:1 — file name — is a symbolic link — Replace the link with the file itself: the site only publishes files that are in the repository.',
    ],
  ],
  [
    'an upper-case .MDX extension',
    { 'content/articles/case.MDX': article() },
    ['content/articles/case.MDX:1 — file name — ends in ".MDX", so it is not published — Rename it to case.mdx (lower-case .mdx).'],
  ],
  [
    'a .md file',
    { 'content/articles/case.md': article() },
    ['content/articles/case.md:1 — file name — ends in ".md", so it is not published — Rename it to case.mdx (lower-case .mdx).'],
  ],
  [
    'a text file among the articles',
    { 'content/articles/notes.txt': 'notes' },
    [
      'content/articles/notes.txt:1 — file name — is not an article (.mdx) or a picture (.png, .jpg, .jpeg, .webp, .avif, .gif) — Remove it from content/articles/: only articles and their pictures belong there.',
    ],
  ],
  [
    'an SVG file among the articles',
    { 'content/articles/logo.svg': SVG },
    [
      'content/articles/logo.svg:1 — file name — is not an article (.mdx) or a picture (.png, .jpg, .jpeg, .webp, .avif, .gif) — Export the picture as PNG or WebP: SVG files can carry code, so the site does not take them.',
    ],
  ],
  [
    'an article in a sub-folder',
    { 'content/articles/sub/case.mdx': article() },
    ['content/articles/sub/case.mdx:1 — file name — is in a sub-folder — Move it to content/articles/case.mdx.'],
  ],
  [
    'a symlinked data file',
    { 'content/topics.yaml': { symlinkTo: '/etc/passwd' } },
    ['content/topics.yaml:1 — file — is a symbolic link — Replace the link with the file itself: the site only reads files that are in the repository.'],
  ],
  [
    'a 50 kB body',
    body('More text. '.repeat(4600)),
    [
      'content/articles/case.mdx:1 — body — is 52 kB; the limit is 40 kB — Split it into two articles that link to each other: a page this long cannot stay within the page-weight budget that keeps articles fast on phones.',
    ],
  ],
  [
    'an empty body',
    { [A]: article({}, '', '') },
    [
      'content/articles/case.mdx:13 — body — has 0 words of text; an article needs at least 100 — Write the article below the frontmatter: answer the question first, then the evidence (copy the layout of content/articles/_template.mdx).',
      'warning: content/articles/case.mdx:11 — references — salem2018gut is listed but never cited in the text — Cite it where you use it with <Cite id="salem2018gut" />, or remove it from references.',
      'warning: content/articles/case.mdx:11 — references — oneill2016gut is listed but never cited in the text — Cite it where you use it with <Cite id="oneill2016gut" />, or remove it from references.',
      'warning: content/articles/case.mdx:11 — references — bowe2011acne is listed but never cited in the text — Cite it where you use it with <Cite id="bowe2011acne" />, or remove it from references.',
    ],
  ],
  [
    'a short answer of four sentences',
    {
      [A]: article({
        summary: '"Fermented foods may change gut bacteria. Nobody knows if this helps the skin. Trials are small. Keep to your treatment plan."',
      }),
    },
    [
      'content/articles/case.mdx:4 — summary — has 4 sentences — Write 2 or 3 sentences: the answer to the headline question first, then the one thing to do. Write "for example" rather than "e.g.", whose full stops count as sentence ends.',
    ],
  ],
  [
    'a takeaway that repeats the short answer',
    {
      [A]: article({
        keyTakeaways:
          '["Each case changes one thing in it and checks what the content checks say.", "It appears on its topic pages.", "Search finds it by its words."]',
      }),
    },
    [
      'content/articles/case.mdx:10 — keyTakeaways[0] — repeats the summary\'s sentence "Each case changes one thing in it and checks what the content checks say about the change." — Make each takeaway a point the summary does not make: a figure, a safety rule, what to do or when to get help.',
    ],
  ],
  [
    'a file name with spaces',
    { 'content/articles/Case Article.mdx': article() },
    [
      'content/articles/Case Article.mdx:1 — file name — "Case Article.mdx" is not a URL slug — Rename the file to case-article.mdx: lower-case words joined by hyphens (the file name is the URL).',
    ],
  ],
  // Frontmatter.
  [
    'a byte-order mark',
    { [A]: `\uFEFF${article()}` },
    [
      'content/articles/case.mdx:1 — frontmatter — the file starts with an invisible byte-order mark (BOM) — Save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding" → "UTF-8").',
    ],
  ],
  [
    'a blank line before the frontmatter',
    { [A]: `\n${article()}` },
    [
      'content/articles/case.mdx:1 — frontmatter — the file starts with a blank line before the opening "---" — Delete the blank lines: "---" must be the very first line.',
    ],
  ],
  [
    'TOML frontmatter',
    { [A]: article().replace(/^---$/gm, '+++') },
    [
      'content/articles/case.mdx:1 — frontmatter — the frontmatter is written in TOML (+++) — Start the file with the fields between two "---" lines; copy content/articles/_template.mdx.',
    ],
  ],
  [
    'a line starting with --- inside the frontmatter',
    { [A]: article({ title: '"A test article"\n--- below this line the build stops reading', slug: 'base-article' }) },
    [
      'content/articles/case.mdx:3 — frontmatter — "--- below this line the build stops reading" ends the frontmatter, because it starts with --- — The frontmatter ends at the first line starting with "---": write that line as exactly "---", and start no other line inside it with ---.',
    ],
  ],
  [
    'no closing ---',
    { [A]: `---\ntitle: "x"\n\n${BODY}\n` },
    ['content/articles/case.mdx:1 — frontmatter — has no closing "---" line — End the fields with a line that is exactly "---", before the article text.'],
  ],
  [
    'slug',
    fm({ slug: 'base-article' }),
    [
      'content/articles/case.mdx:12 — slug — cannot be set: the file name is the URL — Remove slug; to change the address, rename the file (e.g. content/articles/new-address.mdx).',
    ],
  ],
  [
    'a control character in the title',
    fm({ title: '"Fermented foods and the skin\u0007: a test article"' }),
    [
      'content/articles/case.mdx:2 — title — contains an invisible character, U+0007 (a control character) — Delete it: retype the text around it, or paste it as plain text. It can break the feed or make text display out of order.',
    ],
  ],
  [
    'a right-to-left override in the description',
    fm({ description: '"A test article used by the content-is-data suite \u202Eto check what the checks accept and refuse."' }),
    [
      'content/articles/case.mdx:3 — description — contains an invisible character, U+202E (RIGHT-TO-LEFT OVERRIDE) — Delete it: retype the text around it, or paste it as plain text. It can break the feed or make text display out of order.',
    ],
  ],
  [
    'year 0001',
    fm({ published: '0001-01-01', updated: '0001-01-01', lastReviewed: '0001-01-01' }),
    [
      'content/articles/case.mdx:6 — published — 0001-01-01 is before 2000-01-01 — Check the year: write it in full, e.g. 2026-11-25.',
      'content/articles/case.mdx:7 — updated — 0001-01-01 is before 2000-01-01 — Check the year: write it in full, e.g. 2026-11-25.',
      'content/articles/case.mdx:8 — lastReviewed — 0001-01-01 is before 2000-01-01 — Check the year: write it in full, e.g. 2026-11-25.',
    ],
  ],
  [
    '30 February',
    fm({ updated: '2026-02-30' }),
    ['content/articles/case.mdx:7 — updated — 2026-02-30 is not a real day — Check the day and the month, e.g. 2026-02-28 (months have 28 to 31 days).'],
  ],
  [
    'a date written with slashes',
    fm({ updated: '2026/11/20' }),
    ['content/articles/case.mdx:7 — updated — "2026/11/20" is not a date written YYYY-MM-DD — Write the date as YYYY-MM-DD, e.g. 2026-11-25.'],
  ],
  ['a YAML merge key', fm({ '<<': '{ draft: true }' }), ['content/articles/case.mdx:12 — << — "<<" is a YAML merge key — Write the fields out in full.']],
  [
    'a YAML anchor and alias',
    fm({ topics: '&t [diet, microbiome]', extraTopics: '*t' }),
    [
      'content/articles/case.mdx:5 — topics — "&t" is a YAML anchor — Remove it: anchors (&name) and aliases (*name) are not allowed; write each value out in full.',
      'content/articles/case.mdx:12 — extraTopics — "*t" is a YAML alias — Write the value out in full: aliases (*name) and anchors (&name) are not allowed.',
    ],
  ],
  [
    'a YAML tag',
    fm({ lastReviewed: '!!str 2026-11-20' }),
    ['content/articles/case.mdx:8 — lastReviewed — "!!str" is a YAML tag — Remove the tag; to keep a value as text, put it in double quotes.'],
  ],
  [
    'topics listed twice',
    fm({ topics: '[diet, diet]' }),
    ['content/articles/case.mdx:5 — topics[1] — "diet" is listed twice (also item 1) — Remove the second "diet": each item is listed once.'],
  ],
  [
    'one source listed three times',
    fm({ references: '[salem2018gut, salem2018gut, salem2018gut]' }),
    [
      'content/articles/case.mdx:11 — references[1] — "salem2018gut" is listed twice (also item 1) — Remove the second "salem2018gut": each item is listed once.',
      'content/articles/case.mdx:11 — references[2] — "salem2018gut" is listed twice (also item 1) — Remove the second "salem2018gut": each item is listed once.',
      'content/articles/case.mdx:14 — body — <Cite id="oneill2016gut" /> is not listed in references — Add oneill2016gut to references in the frontmatter, e.g. references: [salem2018gut, oneill2016gut].',
      'content/articles/case.mdx:14 — body — <Cite id="bowe2011acne" /> is not listed in references — Add bowe2011acne to references in the frontmatter, e.g. references: [salem2018gut, bowe2011acne].',
    ],
  ],
  [
    'a takeaway listed twice',
    fm({ keyTakeaways: '["A valid article needs no code change.", "A valid article needs no code change.", "Search finds it by its words."]' }),
    [
      'content/articles/case.mdx:10 — keyTakeaways[1] — "A valid article needs no code change." is listed twice (also item 1) — Remove the second "A valid article needs no code change.": each item is listed once.',
    ],
  ],
  [
    'no authors',
    fm({ authors: '[]' }),
    ['content/articles/case.mdx:12 — authors — has 0 items; the minimum is 1 — Name at least one author, or leave authors out for the editorial team.'],
  ],
  [
    'a field named constructor',
    fm({ constructor: 'x' }),
    [
      'content/articles/case.mdx:12 — constructor — is not a field of an article — Remove it, or use one of: title, description, summary, topics, conditions, published, updated, lastReviewed, questions, guide, keyTakeaways, references, authors, reviewers, image, draft.',
    ],
  ],
  [
    'a field named toString',
    fm({ toString: 'x' }),
    [
      'content/articles/case.mdx:12 — toString — is not a field of an article — Remove it, or use one of: title, description, summary, topics, conditions, published, updated, lastReviewed, questions, guide, keyTakeaways, references, authors, reviewers, image, draft.',
    ],
  ],
  [
    'a field named __proto__',
    fm({ ['__proto__']: 'x' }),
    [
      'content/articles/case.mdx:12 — __proto__ — is not a field of an article — Remove it, or use one of: title, description, summary, topics, conditions, published, updated, lastReviewed, questions, guide, keyTakeaways, references, authors, reviewers, image, draft.',
    ],
  ],
  // Data files.
  [
    'a topic id with ../',
    yamlFile(
      'topics.yaml',
      (text) => `${text}- id: ../../etc\n  name: Escape\n  definition: A topic whose id would write its page outside the site.\n  order: 9\n`,
    ),
    ['content/topics.yaml:68 — ../../etc.id — "../../etc" is not a URL-safe id — Use lower-case letters, digits and hyphens only, e.g. "etc".'],
  ],
  [
    'a glossary id with a space and &',
    yamlFile('glossary.yaml', (text) => text.replace('- id: anaphylaxis', '- id: ana phylaxis & co')),
    [
      'content/glossary.yaml:9 — ana phylaxis & co.id — "ana phylaxis & co" is not a URL-safe id — Use lower-case letters, digits and hyphens only, e.g. "ana-phylaxis-co".',
    ],
  ],
  [
    'a glossary id with <b>',
    yamlFile('glossary.yaml', (text) => text.replace('- id: anaphylaxis', '- id: "<b>anaphylaxis</b>"')),
    [
      'content/glossary.yaml:9 — <b>anaphylaxis</b>.id — "<b>anaphylaxis</b>" is not a URL-safe id — Use lower-case letters, digits and hyphens only, e.g. "b-anaphylaxis-b".',
    ],
  ],
  [
    "a glossary alias that is another term's name",
    yamlFile('glossary.yaml', (text) =>
      text
        .replace('  term: Dysbiosis\n', '  term: Dysbiosis\n  aliases: [Acne]\n')
        .replace(/(aliases: \[Acne\]\n {2}definition: .*\n) {2}aliases:\n( {4}- .*\n)+/, '$1'),
    ),
    [
      'content/glossary.yaml:220 — dysbiosis.aliases[0] — "Acne" is the name of another term (acne) — Remove it: search would show acne\'s articles as dysbiosis. Link the two terms in their definitions instead.',
    ],
  ],
  [
    'a glossary alias under two terms',
    yamlFile('glossary.yaml', (text) => text.replace('    - acne vulgaris\n', '    - acne vulgaris\n    - anaphylactic shock\n')),
    [
      'content/glossary.yaml:15 — anaphylaxis.aliases[1] — "anaphylactic shock" is also an alias of acne — Keep it under one term only: an alias must lead to one meaning.',
    ],
  ],
  [
    'a topic related to itself',
    yamlFile('topics.yaml', (text) => text.replace('    - { to: inflammation, verb: influences }', '    - { to: microbiome, verb: influences }')),
    ['content/topics.yaml:12 — microbiome.relations[0].to — "microbiome" relates to itself — Point the relation at another topic, or remove it.'],
  ],
  [
    'a field named constructor in a topic',
    yamlFile('topics.yaml', (text) => text.replace('  order: 1\n', '  order: 1\n  constructor: x\n')),
    [
      'content/topics.yaml:18 — microbiome.constructor — is not a field of a topic — Remove it, or use one of: name, definition, aliases, term, relations, stage, shortName, nameInSentence, icon, order.',
    ],
  ],
  [
    'an icon that is not in the set',
    yamlFile('topics.yaml', (text) => text.replace('  icon: germ\n', '  icon: <script>\n')),
    [
      'content/topics.yaml:16 — microbiome.icon — is not an icon in the site’s set — Pick an icon from https://lucide.dev/icons/ and write its name as shown there, e.g. icon: salad.',
    ],
  ],
  [
    "a topic alias that is another idea's name",
    yamlFile('topics.yaml', (text) => text.replace('[skin disease, skin problems, skin disorders]', '[skin disease, Eczema]')),
    [
      'content/topics.yaml:52 — skin-conditions.aliases[1] — "Eczema" is also a name of the glossary term atopic-dermatitis — Remove it, or reword it so it means this one thing: search would show the other\'s pages for it.',
    ],
  ],
  [
    'a topic named like a glossary term without saying so',
    yamlFile('topics.yaml', (text) => text.replace('  term: inflammation\n', '')),
    [
      'content/topics.yaml:40 — inflammation.name — "Inflammation" is also a name of the glossary term inflammation — If the topic is that term\'s idea, write term: inflammation, so search treats their names as one; if not, rename it.',
    ],
  ],
  [
    'a YAML alias bomb',
    yamlFile(
      'topics.yaml',
      (text) =>
        `${text}- id: bomb\n  name: &a [x, x, x, x, x, x, x, x, x]\n  definition: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  aliases: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  order: 9\n`,
    ),
    [
      'content/topics.yaml:69 — YAML — "&a" is a YAML anchor (and 1 more) — Remove it: anchors (&name) and aliases (*name) are not allowed; write each value out in full.',
      'content/topics.yaml:70 — YAML — "*a" is a YAML alias (and 17 more) — Write the value out in full: aliases (*name) and anchors (&name) are not allowed.',
    ],
  ],
  [
    'a javascript: url in the bibliography',
    yamlFile('bibliography.yaml', (text) => text.replace('  doi: 10.3389/fmicb.2018.01459\n', '  doi: 10.3389/fmicb.2018.01459\n  url: javascript:alert(1)\n')),
    [
      'content/bibliography.yaml:41 — salem2018gut.url — the address "javascript:alert(1)" uses the javascript: scheme, which is not allowed — Link to a web page (https://…), an e-mail address (mailto:…) or a page on this site (/articles/…/).',
    ],
  ],
  [
    'an http verifiedAt',
    yamlFile('bibliography.yaml', (text) => text.replace('verifiedAt: https://pmc.', 'verifiedAt: http://pmc.')),
    [
      'content/bibliography.yaml:42 — salem2018gut.verifiedAt — the address "http://pmc.ncbi.nlm.nih.gov/articles/PMC6048199/" uses http:, which is not secure — Use https: https://pmc.ncbi.nlm.nih.gov/articles/PMC6048199/ (check that the page opens).',
    ],
  ],
  [
    "markup after a DOI's slash",
    yamlFile('bibliography.yaml', (text) => text.replace('  doi: 10.3389/fmicb.2018.01459\n', "  doi: '10.3389/x\"><script>alert(1)</script>'\n")),
    [
      'content/bibliography.yaml:40 — salem2018gut.doi — "10.3389/x"><script>alert(1)</script>" is not in the right format — A DOI starts with "10." and has a slash, e.g. 10.1038/nrgastro.2014.66 (no https://doi.org/ prefix).',
    ],
  ],
  [
    'a PubMed ID with a leading zero',
    yamlFile('bibliography.yaml', (text) => text.replace('pmid: "30042740"', 'pmid: "030042740"')),
    ['content/bibliography.yaml:41 — salem2018gut.pmid — "030042740" is not in the right format — A PubMed ID is digits only, e.g. 24912386.'],
  ],
  [
    'a verifiedAt on an aggregator',
    yamlFile('bibliography.yaml', (text) =>
      text.replace('verifiedAt: https://pmc.ncbi.nlm.nih.gov/articles/PMC6048199/', 'verifiedAt: https://www.researchgate.net/publication/1'),
    ),
    [
      'warning: content/bibliography.yaml:42 — salem2018gut.verifiedAt — "www.researchgate.net" is not a primary page (PubMed, PMC, the publisher or the agency) — Check the source on its PubMed or PMC page, or the publisher\'s own page (https://doi.org/<doi> leads there), and write that address. Aggregators, repositories, mirrors and file-sharing sites do not count.',
    ],
  ],
  [
    'a source without verifiedAt',
    yamlFile('bibliography.yaml', (text) => text.replace('  verifiedAt: https://pmc.ncbi.nlm.nih.gov/articles/PMC6048199/\n', '')),
    [
      'content/bibliography.yaml:28 — salem2018gut.verifiedAt — is missing — Add verifiedAt: the PubMed, PMC, publisher or agency page you checked the source against, e.g. verifiedAt: https://pubmed.ncbi.nlm.nih.gov/24912386/.',
    ],
  ],
  [
    'a journal article with a url alone',
    yamlFile('bibliography.yaml', (text) =>
      text.replace('  doi: 10.3389/fmicb.2018.01459\n  pmid: "30042740"\n', '  url: https://www.frontiersin.org/articles/10.3389/fmicb.2018.01459\n'),
    ),
    [
      'warning: content/bibliography.yaml:28 — salem2018gut.doi — a review needs a DOI or a PubMed ID — Find the article on PubMed (pubmed.ncbi.nlm.nih.gov) and add its pmid, and its doi if it has one. Only guidelines and agency pages (type: guideline or other) may have a url alone.',
    ],
  ],
  [
    '"et al." after three authors',
    yamlFile('bibliography.yaml', (text) => text.replace('    - Isham N\n    - Ghannoum MA\n', '    - Isham N\n    - et al.\n')),
    [
      'warning: content/bibliography.yaml:30 — salem2018gut.authors — lists 3 names before "et al." — List the first six authors as on PubMed, then "et al." as the last item (or every author, if there are six or fewer).',
    ],
  ],
  [
    'seven authors and no "et al."',
    yamlFile('bibliography.yaml', (text) => text.replace('    - Ghannoum MA\n', '    - Ghannoum MA\n    - Fifth A\n    - Sixth B\n    - Seventh C\n')),
    ['warning: content/bibliography.yaml:30 — salem2018gut.authors — lists 7 authors — Keep the first six, then write "et al." as the last item.'],
  ],
  [
    'the default author renamed',
    yamlFile('authors.yaml', (text) => text.replace('- id: editorial-team', '- id: editors')),
    [
      'content/authors.yaml:1 — editorial-team — "editorial-team" is missing, and 1 article (content/articles/base-article.mdx) is credited to it because it names no author — Restore the entry "- id: editorial-team" (rename its name: field instead of its id), or add authors: to each of those articles.',
    ],
  ],
  [
    'a topic renamed while articles use it',
    {
      [A]: article({ topics: '[probiotics]' }),
      'content/articles/case-two.mdx': article({ title: '"A second test article about probiotics"', topics: '[probiotics]' }),
      ...yamlFile('topics.yaml', (text) => text.replace('- id: probiotics\n', '- id: live-microbes\n')),
    },
    [
      'content/articles/case-two.mdx:5 — topics[0] — "probiotics" is not a topic — Use one of: microbiome, diet, live-microbes, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
      'content/articles/case.mdx:5 — topics[0] — "probiotics" is not a topic — Use one of: microbiome, diet, live-microbes, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
      'content/glossary.yaml:140 — colony-forming-unit.topic — "probiotics" is not a topic — Use one of: microbiome, diet, live-microbes, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
      'content/glossary.yaml:577 — probiotic.topic — "probiotics" is not a topic — Use one of: microbiome, diet, live-microbes, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
      'content/glossary.yaml:717 — strain.topic — "probiotics" is not a topic — Use one of: microbiome, diet, live-microbes, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
      'content/topics.yaml:1 — probiotics — the topic "probiotics" is not here, but 2 articles use it (content/articles/case-two.mdx, content/articles/case.mdx) — If you renamed or removed it, restore "probiotics" or change those articles to the new id.',
    ],
  ],
  [
    'a control character in a glossary definition',
    yamlFile('glossary.yaml', (text) => text.replace('  term: Dysbiosis\n', '  term: "Dysbiosis\u001b[31m"\n')),
    [
      'content/glossary.yaml:219 — text — contains an invisible character, U+001B (a control character) — Delete it: retype the text around it, or paste it as plain text. It can break the feed or make text display out of order.',
    ],
  ],
];

describe('content is data: every refusal names the file, line, field and what to write', () => {
  it('has at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });
  it.each(CASES)('%s', (_, files, expected) => {
    expect(check(files)).toEqual(expected);
  });
});

const VALID: [name: string, files: Files][] = [
  ['Windows line endings', { [A]: article().replace(/\n/g, '\r\n') }],
  ['curly quotes, non-ASCII names and an en dash', fm({ title: '"Dréno, Sätteri and Ødegaard: “quotes” – and dashes"' })],
  ['a title of 90 characters', fm({ title: `"${'A long but valid headline about fermented foods and the skin, written to the limit'.padEnd(90, '.')}"` })],
  ['HTML-looking text in quotes and code', body('The sign &lt;script&gt; and `<img onerror=x>` are text, and so are \\{braces\\}.')],
  ['a comment', body("{/* An editor's note, which MDX drops. */}")],
  ['a YAML comment line in the frontmatter', { [A]: article().replace('questions:', '# the evidence is weak\nquestions:') }],
  [
    'a capitalised HTTPS link, a mailto link and a reference link',
    body('[NHS](HTTPS://www.nhs.uk/) or [us](mailto:editors@example.org), and [acne][nhs].\n\n[nhs]: https://www.nhs.uk/conditions/acne/'),
  ],
  [
    'links to a heading, a citation and the references',
    body('## A heading\n\nSee [the heading](#a-heading), [the first citation](#cite-salem2018gut) and [the source](#ref-salem2018gut).'),
  ],
  ['the allowed inline HTML', body('<abbr title="immunoglobulin E">IgE</abbr>, CO<sub>2</sub> and 10<sup>9</sup>.')],
  ['a picture next to the article', { ...body('![A plain test picture](./chart.png)'), 'content/articles/chart.png': PNG }],
  ['a table, a quotation and a code block', body('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> A quotation.\n\n```\n<script>not run</script>\n```')],
];

describe('tricky but legitimate content passes untouched', () => {
  it.each(VALID)('%s', (_, files) => {
    expect(check(files)).toEqual([]);
  });
});
