// The "OGI widget" block in the editor: the widget and its settings in the sidebar, and a
// preview the server renders with the plugin's PHP (the same output as the shortcodes).
// Plain JavaScript on WordPress's globals: no build step.
(function (wp) {
  const el = wp.element.createElement;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const WIDGETS = [
    { value: 'about', label: __('About OGI', 'ogi-widgets') },
    { value: 'faq', label: __('FAQ', 'ogi-widgets') },
    { value: 'ogp-timeline', label: __('OGP timeline', 'ogi-widgets') },
    { value: 'contact', label: __('Contact', 'ogi-widgets') },
  ];
  const THEMES = [
    { value: '', label: __('Site default', 'ogi-widgets') },
    { value: 'light', label: __('Light', 'ogi-widgets') },
    { value: 'dark', label: __('Dark', 'ogi-widgets') },
    { value: 'auto', label: __('Auto (follows the visitor)', 'ogi-widgets') },
  ];
  const LEVELS = [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `h${n}` }));
  const ORIENTATIONS = [
    { value: 'vertical', label: __('Vertical', 'ogi-widgets') },
    { value: 'horizontal', label: __('Horizontal', 'ogi-widgets') },
  ];

  wp.blocks.registerBlockType('ogi-widgets/widget', {
    edit({ attributes, setAttributes }) {
      const set = (name) => (value) => setAttributes({ [name]: value });
      const controls = [
        el(SelectControl, {
          key: 'widget',
          label: __('Widget', 'ogi-widgets'),
          value: attributes.widget,
          options: WIDGETS,
          onChange: set('widget'),
        }),
        el(TextControl, {
          key: 'lang',
          label: __('Language', 'ogi-widgets'),
          help: __('id, en, or a language your regional content supplies; empty: the site default.', 'ogi-widgets'),
          value: attributes.lang,
          onChange: set('lang'),
        }),
        el(SelectControl, {
          key: 'theme',
          label: __('Theme', 'ogi-widgets'),
          value: attributes.theme,
          options: THEMES,
          onChange: set('theme'),
        }),
        el(SelectControl, {
          key: 'level',
          label: __('Heading level of the title', 'ogi-widgets'),
          value: String(attributes.headingLevel),
          options: LEVELS,
          onChange: (value) => setAttributes({ headingLevel: Number(value) }),
        }),
      ];
      if (attributes.widget === 'ogp-timeline') {
        controls.push(
          el(SelectControl, {
            key: 'orientation',
            label: __('Orientation', 'ogi-widgets'),
            value: attributes.orientation,
            options: ORIENTATIONS,
            onChange: set('orientation'),
          }),
        );
      }
      if (attributes.widget === 'faq') {
        controls.push(
          el(ToggleControl, {
            key: 'searchable',
            label: __('Search field', 'ogi-widgets'),
            help: __('A field above the questions that filters them as the visitor types.', 'ogi-widgets'),
            checked: !!attributes.searchable,
            onChange: set('searchable'),
          }),
        );
      }
      controls.push(
        el(TextControl, {
          key: 'src',
          type: 'url',
          label: __('Regional content file (URL)', 'ogi-widgets'),
          help: __('http(s) only; empty: the site settings.', 'ogi-widgets'),
          value: attributes.contentSrc,
          onChange: set('contentSrc'),
        }),
      );
      return el(
        'div',
        useBlockProps(),
        el(InspectorControls, null, el(PanelBody, { title: __('OGI widget', 'ogi-widgets') }, controls)),
        el(ServerSideRender, { block: 'ogi-widgets/widget', attributes }),
      );
    },
    save: () => null,
  });
})(window.wp);
