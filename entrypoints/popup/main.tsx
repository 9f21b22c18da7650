import { render } from 'preact';

render(<h1>Lagebild</h1>, document.getElementById('app')!);
