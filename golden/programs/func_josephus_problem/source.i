# 1 "func_josephus_problem.sy"
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
# 1 "func_josephus_problem.sy" 2

int nxt[100];

int simulate(int n, int k, int order[]) {
  int i = 0;
  while (i < n) {
    nxt[i] = (i + 1) % n;
    i = i + 1;
  }
  int prev = n - 1, cur = 0, out = 0;
  while (out < n - 1) {
    int s = 1;
    while (s < k) {
      prev = cur;
      cur = nxt[cur];
      s = s + 1;
    }
    order[out] = cur;
    out = out + 1;
    nxt[prev] = nxt[cur];
    cur = nxt[cur];
  }
  return cur;
}

int recurrence(int n, int k) {
  if (n == 1) return 0;
  return (recurrence(n - 1, k) + k) % n;
}

int main() {
  int order[100];
  int last = simulate(7, 3, order);
  putarray(6, order);
  putint(last); putch(10);
  int n = 1, mismatch = 0;
  while (n <= 60) {
    int k = 1;
    while (k <= 9) {
      if (simulate(n, k, order) != recurrence(n, k)) mismatch = mismatch + 1;
      k = k + 1;
    }
    n = n + 1;
  }
  putint(mismatch); putch(10);
  int answer = recurrence(41, 3);
  putint(answer); putch(10);
  return answer + mismatch;
}
