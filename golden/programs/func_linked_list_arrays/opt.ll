; ModuleID = 'func_linked_list_arrays.sy'
source_filename = "func_linked_list_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@free_top = dso_local local_unnamed_addr global i32 0, align 4
@val = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16
@nxt = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @new_node(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @free_top, align 4, !tbaa !5
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %3
  store i32 %0, i32* %4, align 4, !tbaa !5
  %5 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %3
  store i32 -1, i32* %5, align 4, !tbaa !5
  %6 = add nsw i32 %2, 1
  store i32 %6, i32* @free_top, align 4, !tbaa !5
  ret i32 %2
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @insert_sorted(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = load i32, i32* @free_top, align 4, !tbaa !5
  %4 = sext i32 %3 to i64
  %5 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %4
  store i32 %1, i32* %5, align 4, !tbaa !5
  %6 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %4
  store i32 -1, i32* %6, align 4, !tbaa !5
  %7 = add nsw i32 %3, 1
  store i32 %7, i32* @free_top, align 4, !tbaa !5
  %8 = icmp slt i32 %0, 0
  br i1 %8, label %14, label %9

9:                                                ; preds = %2
  %10 = zext i32 %0 to i64
  %11 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp sgt i32 %12, %1
  br i1 %13, label %14, label %15

14:                                               ; preds = %9, %2
  store i32 %0, i32* %6, align 4, !tbaa !5
  br label %27

15:                                               ; preds = %9, %21
  %16 = phi i32 [ %19, %21 ], [ %0, %9 ]
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %17
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = icmp sgt i32 %19, -1
  br i1 %20, label %21, label %26

21:                                               ; preds = %15
  %22 = zext i32 %19 to i64
  %23 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = icmp sgt i32 %24, %1
  br i1 %25, label %26, label %15, !llvm.loop !9

26:                                               ; preds = %15, %21
  store i32 %19, i32* %6, align 4, !tbaa !5
  store i32 %3, i32* %18, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %26, %14
  %28 = phi i32 [ %3, %14 ], [ %0, %26 ]
  ret i32 %28
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @delete_value(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp slt i32 %0, 0
  br i1 %3, label %27, label %4

4:                                                ; preds = %2
  %5 = zext i32 %0 to i64
  %6 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %5
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = icmp eq i32 %7, %1
  br i1 %8, label %9, label %12

9:                                                ; preds = %4
  %10 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %5
  %11 = load i32, i32* %10, align 4, !tbaa !5
  br label %27

12:                                               ; preds = %4, %18
  %13 = phi i32 [ %16, %18 ], [ %0, %4 ]
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = icmp sgt i32 %16, -1
  br i1 %17, label %18, label %27

18:                                               ; preds = %12
  %19 = zext i32 %16 to i64
  %20 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = icmp eq i32 %21, %1
  br i1 %22, label %23, label %12, !llvm.loop !11

23:                                               ; preds = %18
  %24 = zext i32 %16 to i64
  %25 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !5
  store i32 %26, i32* %15, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %12, %23, %2, %9
  %28 = phi i32 [ %11, %9 ], [ %0, %2 ], [ %0, %23 ], [ %0, %12 ]
  ret i32 %28
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @reverse(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, -1
  br i1 %2, label %3, label %10

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %5 = phi i32 [ %4, %3 ], [ -1, %1 ]
  %6 = zext i32 %4 to i64
  %7 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4, !tbaa !5
  store i32 %5, i32* %7, align 4, !tbaa !5
  %9 = icmp sgt i32 %8, -1
  br i1 %9, label %3, label %10, !llvm.loop !12

10:                                               ; preds = %3, %1
  %11 = phi i32 [ -1, %1 ], [ %4, %3 ]
  ret i32 %11
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @merge(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp slt i32 %0, 0
  br i1 %3, label %20, label %4

4:                                                ; preds = %2
  %5 = icmp slt i32 %1, 0
  br i1 %5, label %20, label %6

6:                                                ; preds = %4
  %7 = zext i32 %0 to i64
  %8 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = zext i32 %1 to i64
  %11 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp sgt i32 %9, %12
  br i1 %13, label %25, label %22

14:                                               ; preds = %22, %25
  %15 = phi i32 [ %27, %25 ], [ %1, %22 ]
  %16 = phi i32 [ %0, %25 ], [ %24, %22 ]
  %17 = phi i32* [ %26, %25 ], [ %23, %22 ]
  %18 = phi i32 [ %1, %25 ], [ %0, %22 ]
  %19 = tail call i32 @merge(i32 noundef %16, i32 noundef %15)
  store i32 %19, i32* %17, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %14, %2, %4
  %21 = phi i32 [ %1, %2 ], [ %0, %4 ], [ %18, %14 ]
  ret i32 %21

22:                                               ; preds = %6
  %23 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %7
  %24 = load i32, i32* %23, align 4, !tbaa !5
  br label %14

25:                                               ; preds = %6
  %26 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %10
  %27 = load i32, i32* %26, align 4, !tbaa !5
  br label %14
}

; Function Attrs: nounwind uwtable
define dso_local i32 @print_list(i32 noundef %0) local_unnamed_addr #3 {
  tail call void @putch(i32 noundef 91) #5
  %2 = icmp sgt i32 %0, -1
  br i1 %2, label %3, label %20

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  tail call void @putint(i32 noundef %6) #5
  %7 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %4
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = icmp sgt i32 %8, -1
  br i1 %9, label %10, label %20

10:                                               ; preds = %3, %10
  %11 = phi i32 [ %16, %10 ], [ 1, %3 ]
  %12 = phi i32 [ %18, %10 ], [ %8, %3 ]
  tail call void @putch(i32 noundef 32) #5
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %13
  %15 = load i32, i32* %14, align 4, !tbaa !5
  tail call void @putint(i32 noundef %15) #5
  %16 = add nuw nsw i32 %11, 1
  %17 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %13
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = icmp sgt i32 %18, -1
  br i1 %19, label %10, label %20, !llvm.loop !13

20:                                               ; preds = %10, %3, %1
  %21 = phi i32 [ 0, %1 ], [ 1, %3 ], [ %16, %10 ]
  tail call void @putch(i32 noundef 93) #5
  tail call void @putch(i32 noundef 10) #5
  ret i32 %21
}

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putint(i32 noundef) local_unnamed_addr #4

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = load i32, i32* @free_top, align 4, !tbaa !5
  br label %2

2:                                                ; preds = %0, %57
  %3 = phi i32 [ -1, %0 ], [ %59, %57 ]
  %4 = phi i32 [ -1, %0 ], [ %58, %57 ]
  %5 = phi i32 [ 3, %0 ], [ %10, %57 ]
  %6 = phi i32 [ 0, %0 ], [ %60, %57 ]
  %7 = phi i32 [ %1, %0 ], [ %16, %57 ]
  %8 = mul nsw i32 %5, 17
  %9 = add nsw i32 %8, 5
  %10 = srem i32 %9, 101
  %11 = and i32 %6, 1
  %12 = icmp eq i32 %11, 0
  %13 = sext i32 %7 to i64
  %14 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %13
  store i32 %10, i32* %14, align 4, !tbaa !5
  %15 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %13
  store i32 -1, i32* %15, align 4, !tbaa !5
  %16 = add nsw i32 %7, 1
  br i1 %12, label %17, label %37

17:                                               ; preds = %2
  %18 = icmp slt i32 %3, 0
  br i1 %18, label %24, label %19

19:                                               ; preds = %17
  %20 = zext i32 %3 to i64
  %21 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp sgt i32 %22, %10
  br i1 %23, label %24, label %25

24:                                               ; preds = %19, %17
  store i32 %3, i32* %15, align 4, !tbaa !5
  br label %57

25:                                               ; preds = %19, %31
  %26 = phi i32 [ %29, %31 ], [ %3, %19 ]
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp sgt i32 %29, -1
  br i1 %30, label %31, label %36

31:                                               ; preds = %25
  %32 = zext i32 %29 to i64
  %33 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp sgt i32 %34, %10
  br i1 %35, label %36, label %25, !llvm.loop !9

36:                                               ; preds = %31, %25
  store i32 %29, i32* %15, align 4, !tbaa !5
  store i32 %7, i32* %28, align 4, !tbaa !5
  br label %57

37:                                               ; preds = %2
  %38 = icmp slt i32 %4, 0
  br i1 %38, label %44, label %39

39:                                               ; preds = %37
  %40 = zext i32 %4 to i64
  %41 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %40
  %42 = load i32, i32* %41, align 4, !tbaa !5
  %43 = icmp sgt i32 %42, %10
  br i1 %43, label %44, label %45

44:                                               ; preds = %39, %37
  store i32 %4, i32* %15, align 4, !tbaa !5
  br label %57

45:                                               ; preds = %39, %51
  %46 = phi i32 [ %49, %51 ], [ %4, %39 ]
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %47
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = icmp sgt i32 %49, -1
  br i1 %50, label %51, label %56

51:                                               ; preds = %45
  %52 = zext i32 %49 to i64
  %53 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %52
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = icmp sgt i32 %54, %10
  br i1 %55, label %56, label %45, !llvm.loop !9

56:                                               ; preds = %51, %45
  store i32 %49, i32* %15, align 4, !tbaa !5
  store i32 %7, i32* %48, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %56, %44, %36, %24
  %58 = phi i32 [ %4, %24 ], [ %4, %36 ], [ %7, %44 ], [ %4, %56 ]
  %59 = phi i32 [ %7, %24 ], [ %3, %36 ], [ %3, %44 ], [ %3, %56 ]
  %60 = add nuw nsw i32 %6, 1
  %61 = icmp eq i32 %60, 12
  br i1 %61, label %62, label %2, !llvm.loop !15

62:                                               ; preds = %57
  store i32 %16, i32* @free_top, align 4, !tbaa !5
  %63 = tail call i32 @print_list(i32 noundef %59)
  %64 = tail call i32 @print_list(i32 noundef %58)
  %65 = sext i32 %59 to i64
  %66 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %65
  %67 = load i32, i32* %66, align 4, !tbaa !5
  %68 = icmp slt i32 %59, 0
  br i1 %68, label %92, label %69

69:                                               ; preds = %62
  %70 = zext i32 %59 to i64
  %71 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %70
  %72 = load i32, i32* %71, align 4, !tbaa !5
  %73 = icmp eq i32 %72, %67
  br i1 %73, label %74, label %77

74:                                               ; preds = %69
  %75 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %70
  %76 = load i32, i32* %75, align 4, !tbaa !5
  br label %92

77:                                               ; preds = %69, %83
  %78 = phi i32 [ %81, %83 ], [ %59, %69 ]
  %79 = zext i32 %78 to i64
  %80 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %79
  %81 = load i32, i32* %80, align 4, !tbaa !5
  %82 = icmp sgt i32 %81, -1
  br i1 %82, label %83, label %92

83:                                               ; preds = %77
  %84 = zext i32 %81 to i64
  %85 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %84
  %86 = load i32, i32* %85, align 4, !tbaa !5
  %87 = icmp eq i32 %86, %67
  br i1 %87, label %88, label %77, !llvm.loop !11

88:                                               ; preds = %83
  %89 = zext i32 %81 to i64
  %90 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %89
  %91 = load i32, i32* %90, align 4, !tbaa !5
  store i32 %91, i32* %80, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %77, %62, %74, %88
  %93 = phi i32 [ %76, %74 ], [ %59, %62 ], [ %59, %88 ], [ %59, %77 ]
  %94 = icmp slt i32 %58, 0
  br i1 %94, label %150, label %95

95:                                               ; preds = %92
  %96 = zext i32 %58 to i64
  %97 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %96
  %98 = load i32, i32* %97, align 4, !tbaa !5
  %99 = icmp eq i32 %98, 1000
  br i1 %99, label %100, label %103

100:                                              ; preds = %95
  %101 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %96
  %102 = load i32, i32* %101, align 4, !tbaa !5
  br label %118

103:                                              ; preds = %95, %109
  %104 = phi i32 [ %107, %109 ], [ %58, %95 ]
  %105 = zext i32 %104 to i64
  %106 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %105
  %107 = load i32, i32* %106, align 4, !tbaa !5
  %108 = icmp sgt i32 %107, -1
  br i1 %108, label %109, label %118

109:                                              ; preds = %103
  %110 = zext i32 %107 to i64
  %111 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %110
  %112 = load i32, i32* %111, align 4, !tbaa !5
  %113 = icmp eq i32 %112, 1000
  br i1 %113, label %114, label %103, !llvm.loop !11

114:                                              ; preds = %109
  %115 = zext i32 %107 to i64
  %116 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %115
  %117 = load i32, i32* %116, align 4, !tbaa !5
  store i32 %117, i32* %106, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %103, %100, %114
  %119 = phi i32 [ %102, %100 ], [ %58, %114 ], [ %58, %103 ]
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %120
  %122 = load i32, i32* %121, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %123
  %125 = load i32, i32* %124, align 4, !tbaa !5
  %126 = icmp slt i32 %119, 0
  br i1 %126, label %150, label %127

127:                                              ; preds = %118
  %128 = zext i32 %119 to i64
  %129 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %128
  %130 = load i32, i32* %129, align 4, !tbaa !5
  %131 = icmp eq i32 %130, %125
  br i1 %131, label %132, label %135

132:                                              ; preds = %127
  %133 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %128
  %134 = load i32, i32* %133, align 4, !tbaa !5
  br label %150

135:                                              ; preds = %127, %141
  %136 = phi i32 [ %139, %141 ], [ %119, %127 ]
  %137 = zext i32 %136 to i64
  %138 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %137
  %139 = load i32, i32* %138, align 4, !tbaa !5
  %140 = icmp sgt i32 %139, -1
  br i1 %140, label %141, label %150

141:                                              ; preds = %135
  %142 = zext i32 %139 to i64
  %143 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %142
  %144 = load i32, i32* %143, align 4, !tbaa !5
  %145 = icmp eq i32 %144, %125
  br i1 %145, label %146, label %135, !llvm.loop !11

146:                                              ; preds = %141
  %147 = zext i32 %139 to i64
  %148 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %147
  %149 = load i32, i32* %148, align 4, !tbaa !5
  store i32 %149, i32* %138, align 4, !tbaa !5
  br label %150

150:                                              ; preds = %135, %92, %118, %132, %146
  %151 = phi i32 [ %134, %132 ], [ %119, %118 ], [ %119, %146 ], [ %58, %92 ], [ %119, %135 ]
  %152 = tail call i32 @print_list(i32 noundef %93)
  %153 = tail call i32 @print_list(i32 noundef %151)
  %154 = tail call i32 @merge(i32 noundef %93, i32 noundef %151)
  %155 = tail call i32 @print_list(i32 noundef %154)
  %156 = icmp sgt i32 %154, -1
  br i1 %156, label %157, label %164

157:                                              ; preds = %150, %157
  %158 = phi i32 [ %162, %157 ], [ %154, %150 ]
  %159 = phi i32 [ %158, %157 ], [ -1, %150 ]
  %160 = zext i32 %158 to i64
  %161 = getelementptr inbounds [128 x i32], [128 x i32]* @nxt, i64 0, i64 %160
  %162 = load i32, i32* %161, align 4, !tbaa !5
  store i32 %159, i32* %161, align 4, !tbaa !5
  %163 = icmp sgt i32 %162, -1
  br i1 %163, label %157, label %164, !llvm.loop !12

164:                                              ; preds = %157, %150
  %165 = phi i32 [ -1, %150 ], [ %158, %157 ]
  %166 = tail call i32 @print_list(i32 noundef %165)
  %167 = mul nsw i32 %155, 10
  %168 = sext i32 %165 to i64
  %169 = getelementptr inbounds [128 x i32], [128 x i32]* @val, i64 0, i64 %168
  %170 = load i32, i32* %169, align 4, !tbaa !5
  %171 = srem i32 %170, 10
  %172 = add nsw i32 %171, %167
  ret i32 %172
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10, !14}
!14 = !{!"llvm.loop.peeled.count", i32 1}
!15 = distinct !{!15, !10}
