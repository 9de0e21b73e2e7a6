# 1 "func_linked_list_arrays.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_linked_list_arrays.sy" 2

int val[128];
int nxt[128];
int free_top = 0;

int new_node(int v) {
  val[free_top] = v;
  nxt[free_top] = -1;
  free_top = free_top + 1;
  return free_top - 1;
}

int insert_sorted(int head, int v) {
  int node = new_node(v);
  if (head < 0 || v < val[head]) {
    nxt[node] = head;
    return node;
  }
  int cur = head;
  while (nxt[cur] >= 0 && val[nxt[cur]] <= v) cur = nxt[cur];
  nxt[node] = nxt[cur];
  nxt[cur] = node;
  return head;
}

int delete_value(int head, int v) {
  if (head < 0) return head;
  if (val[head] == v) return nxt[head];
  int cur = head;
  while (nxt[cur] >= 0) {
    if (val[nxt[cur]] == v) {
      nxt[cur] = nxt[nxt[cur]];
      return head;
    }
    cur = nxt[cur];
  }
  return head;
}

int reverse(int head) {
  int prev = -1;
  while (head >= 0) {
    int n = nxt[head];
    nxt[head] = prev;
    prev = head;
    head = n;
  }
  return prev;
}

int merge(int a, int b) {
  if (a < 0) return b;
  if (b < 0) return a;
  if (val[a] <= val[b]) {
    nxt[a] = merge(nxt[a], b);
    return a;
  }
  nxt[b] = merge(a, nxt[b]);
  return b;
}

int print_list(int head) {
  int n = 0;
  putch(91);
  while (head >= 0) {
    if (n > 0) putch(32);
    putint(val[head]);
    n = n + 1;
    head = nxt[head];
  }
  putch(93);
  putch(10);
  return n;
}

int main() {
  int a = -1, b = -1, i = 0, x = 3;
  while (i < 12) {
    x = (x * 17 + 5) % 101;
    if (i % 2 == 0) a = insert_sorted(a, x);
    else b = insert_sorted(b, x);
    i = i + 1;
  }
  print_list(a);
  print_list(b);
  a = delete_value(a, val[a]);
  b = delete_value(b, 1000);
  b = delete_value(b, val[nxt[b]]);
  print_list(a);
  print_list(b);
  int m = merge(a, b);
  int len = print_list(m);
  m = reverse(m);
  print_list(m);
  return len * 10 + val[m] % 10;
}
