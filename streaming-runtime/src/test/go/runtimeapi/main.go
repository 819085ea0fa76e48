// Command runtimeapi is a small AWS Lambda Runtime API on Go's net/http, for the streaming runtime's tests.
//
// Lambda's own Runtime API is a Go net/http server, and this one inherits that server's rules where a Java
// test server would be more forgiving: a trailer section must end within the 4 KiB read buffer, header field
// values may not hold control characters, and keep-alive connections can be closed when idle. The paths and
// headers follow the Runtime API's documentation: GET invocation/next (a long poll), POST
// invocation/{id}/response (whole, or chunked with Lambda-Runtime-Function-Response-Mode: streaming and the
// error trailers), POST invocation/{id}/error and POST init/error.
//
// The test drives it over standard input and output. Each input line is one invocation to hand out, as JSON:
// {"requestId": "...", "event": "..."}; the server exits when its input ends. The first output line is
// "listening <host:port>"; after it, every request the runtime made is one JSON line (see record).
//
// Flags: -idle-timeout closes a kept-alive connection that stays idle that long between requests;
// -close-after-post closes the connection right after answering each POST, without announcing it.
// Only the standard library is used.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const prefix = "/2018-06-01/runtime/"

type connectionKey struct{}

// invocation is one line of standard input.
type invocation struct {
	RequestID string `json:"requestId"`
	Event     string `json:"event"`
}

// record is one line of standard output: a request as the server understood it, and how it answered.
type record struct {
	Method     string            `json:"method"`
	RequestURI string            `json:"requestUri"`
	Path       string            `json:"path"`
	RequestID  string            `json:"requestId,omitempty"`
	Connection int64             `json:"connection"`
	Headers    map[string]string `json:"headers"`
	Trailers   map[string]string `json:"trailers"`
	Body       []byte            `json:"body"`
	BodyError  string            `json:"bodyError,omitempty"`
	Status     int               `json:"status"`
}

type runtimeAPI struct {
	invocations    chan invocation
	closeAfterPost bool
	connections    int64
	mu             sync.Mutex
	known          map[string]bool
	out            *bufio.Writer
}

func main() {
	idleTimeout := flag.Duration("idle-timeout", 0, "close a kept-alive connection idle this long (0: never)")
	closeAfterPost := flag.Bool("close-after-post", false, "close the connection after answering each POST")
	flag.Parse()

	api := &runtimeAPI{
		invocations:    make(chan invocation, 64),
		closeAfterPost: *closeAfterPost,
		known:          map[string]bool{},
		out:            bufio.NewWriter(os.Stdout),
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot listen:", err)
		os.Exit(2)
	}
	server := &http.Server{
		Handler:     http.HandlerFunc(api.serve),
		IdleTimeout: *idleTimeout,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connectionKey{}, atomic.AddInt64(&api.connections, 1)-1)
		},
	}
	api.println("listening " + listener.Addr().String())
	go api.readInvocations()
	server.Serve(listener)
}

// readInvocations queues each input line; the end of the input (the test is gone) ends the process.
func (a *runtimeAPI) readInvocations() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 64*1024), 8*1024*1024)
	for scanner.Scan() {
		var next invocation
		if err := json.Unmarshal(scanner.Bytes(), &next); err != nil {
			fmt.Fprintln(os.Stderr, "bad input line:", err)
			os.Exit(2)
		}
		a.invocations <- next
	}
	os.Exit(0)
}

func (a *runtimeAPI) serve(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, prefix)
	switch {
	case r.Method == http.MethodGet && path == "invocation/next":
		a.next(w, r)
	case r.Method == http.MethodPost && path == "init/error":
		a.post(w, r, "")
	case r.Method == http.MethodPost && strings.HasPrefix(path, "invocation/") &&
		(strings.HasSuffix(path, "/response") || strings.HasSuffix(path, "/error")):
		a.post(w, r, path[len("invocation/"):strings.LastIndex(path, "/")])
	default:
		body, err := io.ReadAll(r.Body)
		a.answer(w, r, record{Body: body, BodyError: errorText(err)}, http.StatusNotFound,
			`{"errorMessage":"no such path","errorType":"NotFound"}`)
	}
}

// next hands out the next queued invocation, waiting as long as it takes, as Lambda's long poll does.
func (a *runtimeAPI) next(w http.ResponseWriter, r *http.Request) {
	var next invocation
	select {
	case next = <-a.invocations:
	case <-r.Context().Done():
		return
	}
	a.mu.Lock()
	a.known[next.RequestID] = true
	a.mu.Unlock()
	h := w.Header()
	h.Set("Lambda-Runtime-Aws-Request-Id", next.RequestID)
	h.Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(time.Now().Add(time.Minute).UnixMilli(), 10))
	h.Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:go-test")
	h.Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
	a.answer(w, r, record{RequestID: next.RequestID}, http.StatusOK, next.Event)
}

// post takes a response, an error or an init error. A body that cannot be read (a trailer section over the
// read buffer, a broken chunk) is answered 400 and the error kept in the record.
func (a *runtimeAPI) post(w http.ResponseWriter, r *http.Request, requestID string) {
	body, err := io.ReadAll(r.Body)
	rec := record{RequestID: requestID, Body: body, BodyError: errorText(err)}
	a.mu.Lock()
	known := a.known[requestID]
	a.mu.Unlock()
	switch {
	case err != nil:
		a.answer(w, r, rec, http.StatusBadRequest, `{"errorMessage":"`+jsonEscape(err.Error())+`","errorType":"InvalidRequest"}`)
	case requestID != "" && !known:
		a.answer(w, r, rec, http.StatusBadRequest, `{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}`)
	default:
		a.answer(w, r, rec, http.StatusAccepted, `{"status":"OK"}`)
	}
}

// answer writes a whole answer with Content-Length, prints the record, and closes the connection afterwards
// when asked to, as a server that drops kept-alive connections would.
func (a *runtimeAPI) answer(w http.ResponseWriter, r *http.Request, rec record, status int, body string) {
	rec.Method = r.Method
	rec.RequestURI = r.RequestURI
	rec.Path = r.URL.Path
	rec.Connection, _ = r.Context().Value(connectionKey{}).(int64)
	rec.Headers = flatten(r.Header)
	rec.Trailers = flatten(r.Trailer)
	rec.Status = status
	line, err := json.Marshal(rec)
	if err != nil {
		panic(err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	io.WriteString(w, body)
	// Printed after the answer left, so that a test that reads the record sees the runtime's next move.
	if a.closeAfterPost && r.Method == http.MethodPost {
		w.(http.Flusher).Flush()
		if conn, buffered, err := w.(http.Hijacker).Hijack(); err == nil {
			buffered.Flush()
			conn.Close()
		}
	}
	a.println(string(line))
}

func (a *runtimeAPI) println(line string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.out.WriteString(line)
	a.out.WriteByte('\n')
	a.out.Flush()
}

func flatten(header http.Header) map[string]string {
	fields := map[string]string{}
	for name, values := range header {
		fields[name] = strings.Join(values, ", ")
	}
	return fields
}

func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func jsonEscape(text string) string {
	quoted, _ := json.Marshal(text)
	return string(quoted[1 : len(quoted)-1])
}
