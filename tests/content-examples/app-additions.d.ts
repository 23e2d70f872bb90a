// Properties that the content's example apps add to library objects at run time. Declaring them
// here keeps `req.user = …` from being reported as a misuse of Express; anything else a fence
// reads from a library object must exist in that library's own types.
import "express";
import "express-session";
import "ws";

declare global {
  namespace Express {
    interface Request {
      /** Set by the examples' authentication middleware. */
      user?: { id: string; role?: string; plan?: string };
      auth?: { userId: string; role?: string };
      /** Set by input-validation's validate() middleware. */
      valid?: Record<string, unknown>;
    }
  }
}

declare module "express-session" {
  interface SessionData {
    userId: string;
    authenticatedAt: number;
  }
}

declare module "ws" {
  interface WebSocket {
    isAlive: boolean;
    rooms: Set<string>;
  }
}

// Under Express, the response helmet hands to a CSP directive function is Express's, with locals.
declare module "http" {
  interface ServerResponse {
    locals: Record<string, any>;
  }
}
