import type { ReactNode } from 'react';
import { Brand } from '../layout/Brand';

/** The frame for screens shown before anyone is signed in. */
export function AuthScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-screen">
      <div className="auth-card">
        <Brand linked={false} />
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
