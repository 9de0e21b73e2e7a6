# 1 "func_permutations_print.sy"
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
# 1 "func_permutations_print.sy" 2

int p[5];
int used[5];
int cur[5];
int rec_count = 0;

int next_perm(int a[], int n) {
  int i = n - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i = i - 1;
  if (i < 0) return 0;
  int j = n - 1;
  while (a[j] <= a[i]) j = j - 1;
  int t = a[i]; a[i] = a[j]; a[j] = t;
  int l = i + 1, r = n - 1;
  while (l < r) {
    t = a[l]; a[l] = a[r]; a[r] = t;
    l = l + 1; r = r - 1;
  }
  return 1;
}

void gen(int depth, int n) {
  if (depth == n) {
    rec_count = rec_count + 1;
    if (rec_count % 7 == 0) putarray(n, cur);
    return;
  }
  int v = 0;
  while (v < n) {
    if (!used[v]) {
      used[v] = 1;
      cur[depth] = v + 1;
      gen(depth + 1, n);
      used[v] = 0;
    }
    v = v + 1;
  }
}

int main() {
  int n = 4, i = 0;
  while (i < n) { p[i] = i + 1; i = i + 1; }
  int count = 0;
  int more = 1;
  while (more) {
    i = 0;
    while (i < n) { putint(p[i]); i = i + 1; }
    putch(32);
    count = count + 1;
    if (count % 6 == 0) putch(10);
    more = next_perm(p, n);
  }
  gen(0, 5);
  putf("%d %d\n", count, rec_count);
  return count + rec_count;
}
