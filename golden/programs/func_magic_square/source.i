# 1 "func_magic_square.sy"
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
# 1 "func_magic_square.sy" 2

int sq[9][9];

void build(int n) {
  int i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) { sq[i][j] = 0; j = j + 1; }
    i = i + 1;
  }
  int r = 0, c = n / 2, k = 1;
  while (k <= n * n) {
    sq[r][c] = k;
    int nr = (r - 1 + n) % n, nc = (c + 1) % n;
    if (sq[nr][nc] != 0) {
      nr = (r + 1) % n;
      nc = c;
    }
    r = nr;
    c = nc;
    k = k + 1;
  }
}

int verify(int n) {
  int target = n * (n * n + 1) / 2;
  int i = 0, d1 = 0, d2 = 0;
  while (i < n) {
    int rs = 0, cs = 0, j = 0;
    while (j < n) {
      rs = rs + sq[i][j];
      cs = cs + sq[j][i];
      j = j + 1;
    }
    if (rs != target || cs != target) return 0;
    d1 = d1 + sq[i][i];
    d2 = d2 + sq[i][n - 1 - i];
    i = i + 1;
  }
  return d1 == target && d2 == target;
}

int main() {
  int n = 3, good = 0;
  while (n <= 9) {
    build(n);
    int ok = verify(n);
    putf("n=%d magic=%d ok=%d\n", n, n * (n * n + 1) / 2, ok);
    good = good + ok;
    n = n + 2;
  }
  build(5);
  int i = 0;
  while (i < 5) {
    putarray(5, sq[i]);
    i = i + 1;
  }
  return good * 50 + sq[2][2];
}
