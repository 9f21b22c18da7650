// Render only: the dashboard's data and wiring live in App.tsx.
import { render } from 'preact';
import '../../components/ui.css';
import '../../components/dashboard.css';
import { loadKnowledgeBase } from '@/lib/kb/load';
import { App } from './App';

// Names and facts come from the knowledge base, a file of the extension: render once it is read. Should
// the file be unreadable, the page still shows the reader's notes, with entity ids for names.
void loadKnowledgeBase()
  .catch((error: unknown) => console.error(error))
  .finally(() => render(<App />, document.getElementById('app')!));
