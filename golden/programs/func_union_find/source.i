# 1 "func_union_find.sy"
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
# 1 "func_union_find.sy" 2

int parent[50];
int size[50];

int find(int x) {
  if (parent[x] != x) parent[x] = find(parent[x]);
  return parent[x];
}

int unite(int a, int b) {
  int ra = find(a), rb = find(b);
  if (ra == rb) return 0;
  if (size[ra] < size[rb]) {
    int t = ra; ra = rb; rb = t;
  }
  parent[rb] = ra;
  size[ra] = size[ra] + size[rb];
  return 1;
}

int main() {
  int n = getint();
  int i = 0;
  while (i < n) { parent[i] = i; size[i] = 1; i = i + 1; }
  int q = getint();
  int components = n, redundant = 0;
  while (q > 0) {
    int op = getint(), a = getint(), b = getint();
    if (op == 1) {
      if (unite(a, b)) components = components - 1;
      else redundant = redundant + 1;
    } else {
      if (find(a) == find(b)) putch(89); else putch(78);
    }
    q = q - 1;
  }
  putch(10);
  int largest = 0;
  i = 0;
  while (i < n) {
    if (find(i) == i && size[i] > largest) largest = size[i];
    i = i + 1;
  }
  putf("components=%d largest=%d redundant=%d\n", components, largest, redundant);
  return components * 16 + largest;
}
