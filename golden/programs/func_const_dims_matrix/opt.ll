; ModuleID = 'func_const_dims_matrix.sy'
source_filename = "func_const_dims_matrix.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@R = dso_local local_unnamed_addr constant i32 3, align 4
@C = dso_local local_unnamed_addr constant i32 4, align 4
@S = dso_local local_unnamed_addr constant i32 12, align 4
@A = dso_local global [3 x [4 x i32]] [[4 x i32] [i32 2, i32 -1, i32 0, i32 3], [4 x i32] [i32 1, i32 4, i32 -2, i32 0], [4 x i32] [i32 0, i32 5, i32 1, i32 -3]], align 16
@B = dso_local global [4 x [3 x i32]] zeroinitializer, align 16
@P = dso_local global [3 x [3 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [31 x i8] c"trace=%d symmetric=%d size=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @transpose(i32* nocapture noundef readonly %0, i32* nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = load i32, i32* %0, align 4, !tbaa !5
  store i32 %3, i32* %1, align 4, !tbaa !5
  %4 = getelementptr inbounds i32, i32* %0, i64 1
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = getelementptr inbounds i32, i32* %1, i64 3
  store i32 %5, i32* %6, align 4, !tbaa !5
  %7 = getelementptr inbounds i32, i32* %0, i64 2
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = getelementptr inbounds i32, i32* %1, i64 6
  store i32 %8, i32* %9, align 4, !tbaa !5
  %10 = getelementptr inbounds i32, i32* %0, i64 3
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = getelementptr inbounds i32, i32* %1, i64 9
  store i32 %11, i32* %12, align 4, !tbaa !5
  %13 = getelementptr inbounds i32, i32* %0, i64 4
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = getelementptr inbounds i32, i32* %1, i64 1
  store i32 %14, i32* %15, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, i32* %0, i64 5
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = getelementptr inbounds i32, i32* %1, i64 4
  store i32 %17, i32* %18, align 4, !tbaa !5
  %19 = getelementptr inbounds i32, i32* %0, i64 6
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = getelementptr inbounds i32, i32* %1, i64 7
  store i32 %20, i32* %21, align 4, !tbaa !5
  %22 = getelementptr inbounds i32, i32* %0, i64 7
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = getelementptr inbounds i32, i32* %1, i64 10
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = getelementptr inbounds i32, i32* %0, i64 8
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = getelementptr inbounds i32, i32* %1, i64 2
  store i32 %26, i32* %27, align 4, !tbaa !5
  %28 = getelementptr inbounds i32, i32* %0, i64 9
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = getelementptr inbounds i32, i32* %1, i64 5
  store i32 %29, i32* %30, align 4, !tbaa !5
  %31 = getelementptr inbounds i32, i32* %0, i64 10
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = getelementptr inbounds i32, i32* %1, i64 8
  store i32 %32, i32* %33, align 4, !tbaa !5
  %34 = getelementptr inbounds i32, i32* %0, i64 11
  %35 = load i32, i32* %34, align 4, !tbaa !5
  %36 = getelementptr inbounds i32, i32* %1, i64 11
  store i32 %35, i32* %36, align 4, !tbaa !5
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @multiply(i32* nocapture noundef readonly %0, i32* nocapture noundef readonly %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = load i32, i32* %0, align 4, !tbaa !5
  %5 = load i32, i32* %1, align 4, !tbaa !5
  %6 = mul nsw i32 %5, %4
  %7 = getelementptr inbounds i32, i32* %0, i64 1
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = getelementptr inbounds i32, i32* %1, i64 3
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = mul nsw i32 %10, %8
  %12 = add nsw i32 %11, %6
  %13 = getelementptr inbounds i32, i32* %0, i64 2
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = getelementptr inbounds i32, i32* %1, i64 6
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = mul nsw i32 %16, %14
  %18 = add nsw i32 %17, %12
  %19 = getelementptr inbounds i32, i32* %0, i64 3
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = getelementptr inbounds i32, i32* %1, i64 9
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = mul nsw i32 %22, %20
  %24 = add nsw i32 %23, %18
  store i32 %24, i32* %2, align 4, !tbaa !5
  %25 = load i32, i32* %0, align 4, !tbaa !5
  %26 = getelementptr inbounds i32, i32* %1, i64 1
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = mul nsw i32 %27, %25
  %29 = load i32, i32* %7, align 4, !tbaa !5
  %30 = getelementptr inbounds i32, i32* %1, i64 4
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = mul nsw i32 %31, %29
  %33 = add nsw i32 %32, %28
  %34 = load i32, i32* %13, align 4, !tbaa !5
  %35 = getelementptr inbounds i32, i32* %1, i64 7
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = mul nsw i32 %36, %34
  %38 = add nsw i32 %37, %33
  %39 = load i32, i32* %19, align 4, !tbaa !5
  %40 = getelementptr inbounds i32, i32* %1, i64 10
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = mul nsw i32 %41, %39
  %43 = add nsw i32 %42, %38
  %44 = getelementptr inbounds i32, i32* %2, i64 1
  store i32 %43, i32* %44, align 4, !tbaa !5
  %45 = load i32, i32* %0, align 4, !tbaa !5
  %46 = getelementptr inbounds i32, i32* %1, i64 2
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = mul nsw i32 %47, %45
  %49 = load i32, i32* %7, align 4, !tbaa !5
  %50 = getelementptr inbounds i32, i32* %1, i64 5
  %51 = load i32, i32* %50, align 4, !tbaa !5
  %52 = mul nsw i32 %51, %49
  %53 = add nsw i32 %52, %48
  %54 = load i32, i32* %13, align 4, !tbaa !5
  %55 = getelementptr inbounds i32, i32* %1, i64 8
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = mul nsw i32 %56, %54
  %58 = add nsw i32 %57, %53
  %59 = load i32, i32* %19, align 4, !tbaa !5
  %60 = getelementptr inbounds i32, i32* %1, i64 11
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = mul nsw i32 %61, %59
  %63 = add nsw i32 %62, %58
  %64 = getelementptr inbounds i32, i32* %2, i64 2
  store i32 %63, i32* %64, align 4, !tbaa !5
  %65 = getelementptr inbounds i32, i32* %0, i64 4
  %66 = getelementptr inbounds i32, i32* %2, i64 3
  %67 = load i32, i32* %65, align 4, !tbaa !5
  %68 = load i32, i32* %1, align 4, !tbaa !5
  %69 = mul nsw i32 %68, %67
  %70 = getelementptr inbounds i32, i32* %0, i64 5
  %71 = load i32, i32* %70, align 4, !tbaa !5
  %72 = load i32, i32* %9, align 4, !tbaa !5
  %73 = mul nsw i32 %72, %71
  %74 = add nsw i32 %73, %69
  %75 = getelementptr inbounds i32, i32* %0, i64 6
  %76 = load i32, i32* %75, align 4, !tbaa !5
  %77 = load i32, i32* %15, align 4, !tbaa !5
  %78 = mul nsw i32 %77, %76
  %79 = add nsw i32 %78, %74
  %80 = getelementptr inbounds i32, i32* %0, i64 7
  %81 = load i32, i32* %80, align 4, !tbaa !5
  %82 = load i32, i32* %21, align 4, !tbaa !5
  %83 = mul nsw i32 %82, %81
  %84 = add nsw i32 %83, %79
  store i32 %84, i32* %66, align 4, !tbaa !5
  %85 = load i32, i32* %65, align 4, !tbaa !5
  %86 = load i32, i32* %26, align 4, !tbaa !5
  %87 = mul nsw i32 %86, %85
  %88 = load i32, i32* %70, align 4, !tbaa !5
  %89 = load i32, i32* %30, align 4, !tbaa !5
  %90 = mul nsw i32 %89, %88
  %91 = add nsw i32 %90, %87
  %92 = load i32, i32* %75, align 4, !tbaa !5
  %93 = load i32, i32* %35, align 4, !tbaa !5
  %94 = mul nsw i32 %93, %92
  %95 = add nsw i32 %94, %91
  %96 = load i32, i32* %80, align 4, !tbaa !5
  %97 = load i32, i32* %40, align 4, !tbaa !5
  %98 = mul nsw i32 %97, %96
  %99 = add nsw i32 %98, %95
  %100 = getelementptr inbounds i32, i32* %2, i64 4
  store i32 %99, i32* %100, align 4, !tbaa !5
  %101 = load i32, i32* %65, align 4, !tbaa !5
  %102 = load i32, i32* %46, align 4, !tbaa !5
  %103 = mul nsw i32 %102, %101
  %104 = load i32, i32* %70, align 4, !tbaa !5
  %105 = load i32, i32* %50, align 4, !tbaa !5
  %106 = mul nsw i32 %105, %104
  %107 = add nsw i32 %106, %103
  %108 = load i32, i32* %75, align 4, !tbaa !5
  %109 = load i32, i32* %55, align 4, !tbaa !5
  %110 = mul nsw i32 %109, %108
  %111 = add nsw i32 %110, %107
  %112 = load i32, i32* %80, align 4, !tbaa !5
  %113 = load i32, i32* %60, align 4, !tbaa !5
  %114 = mul nsw i32 %113, %112
  %115 = add nsw i32 %114, %111
  %116 = getelementptr inbounds i32, i32* %2, i64 5
  store i32 %115, i32* %116, align 4, !tbaa !5
  %117 = getelementptr inbounds i32, i32* %0, i64 8
  %118 = getelementptr inbounds i32, i32* %2, i64 6
  %119 = load i32, i32* %117, align 4, !tbaa !5
  %120 = load i32, i32* %1, align 4, !tbaa !5
  %121 = mul nsw i32 %120, %119
  %122 = getelementptr inbounds i32, i32* %0, i64 9
  %123 = load i32, i32* %122, align 4, !tbaa !5
  %124 = load i32, i32* %9, align 4, !tbaa !5
  %125 = mul nsw i32 %124, %123
  %126 = add nsw i32 %125, %121
  %127 = getelementptr inbounds i32, i32* %0, i64 10
  %128 = load i32, i32* %127, align 4, !tbaa !5
  %129 = load i32, i32* %15, align 4, !tbaa !5
  %130 = mul nsw i32 %129, %128
  %131 = add nsw i32 %130, %126
  %132 = getelementptr inbounds i32, i32* %0, i64 11
  %133 = load i32, i32* %132, align 4, !tbaa !5
  %134 = load i32, i32* %21, align 4, !tbaa !5
  %135 = mul nsw i32 %134, %133
  %136 = add nsw i32 %135, %131
  store i32 %136, i32* %118, align 4, !tbaa !5
  %137 = load i32, i32* %117, align 4, !tbaa !5
  %138 = load i32, i32* %26, align 4, !tbaa !5
  %139 = mul nsw i32 %138, %137
  %140 = load i32, i32* %122, align 4, !tbaa !5
  %141 = load i32, i32* %30, align 4, !tbaa !5
  %142 = mul nsw i32 %141, %140
  %143 = add nsw i32 %142, %139
  %144 = load i32, i32* %127, align 4, !tbaa !5
  %145 = load i32, i32* %35, align 4, !tbaa !5
  %146 = mul nsw i32 %145, %144
  %147 = add nsw i32 %146, %143
  %148 = load i32, i32* %132, align 4, !tbaa !5
  %149 = load i32, i32* %40, align 4, !tbaa !5
  %150 = mul nsw i32 %149, %148
  %151 = add nsw i32 %150, %147
  %152 = getelementptr inbounds i32, i32* %2, i64 7
  store i32 %151, i32* %152, align 4, !tbaa !5
  %153 = load i32, i32* %117, align 4, !tbaa !5
  %154 = load i32, i32* %46, align 4, !tbaa !5
  %155 = mul nsw i32 %154, %153
  %156 = load i32, i32* %122, align 4, !tbaa !5
  %157 = load i32, i32* %50, align 4, !tbaa !5
  %158 = mul nsw i32 %157, %156
  %159 = add nsw i32 %158, %155
  %160 = load i32, i32* %127, align 4, !tbaa !5
  %161 = load i32, i32* %55, align 4, !tbaa !5
  %162 = mul nsw i32 %161, %160
  %163 = add nsw i32 %162, %159
  %164 = load i32, i32* %132, align 4, !tbaa !5
  %165 = load i32, i32* %60, align 4, !tbaa !5
  %166 = mul nsw i32 %165, %164
  %167 = add nsw i32 %166, %163
  %168 = getelementptr inbounds i32, i32* %2, i64 8
  store i32 %167, i32* %168, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @flatten(i32* nocapture noundef readonly %0, i32 noundef %1, i32* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %29

5:                                                ; preds = %3
  %6 = zext i32 %1 to i64
  br label %7

7:                                                ; preds = %5, %7
  %8 = phi i64 [ 0, %5 ], [ %25, %7 ]
  %9 = phi i64 [ 0, %5 ], [ %24, %7 ]
  %10 = mul nuw nsw i64 %8, 3
  %11 = getelementptr inbounds i32, i32* %0, i64 %10
  %12 = shl i64 %9, 32
  %13 = ashr exact i64 %12, 32
  %14 = load i32, i32* %11, align 4, !tbaa !5
  %15 = getelementptr inbounds i32, i32* %2, i64 %13
  store i32 %14, i32* %15, align 4, !tbaa !5
  %16 = add nsw i64 %13, 1
  %17 = getelementptr inbounds i32, i32* %11, i64 1
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = getelementptr inbounds i32, i32* %2, i64 %16
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = add nsw i64 %13, 2
  %21 = getelementptr inbounds i32, i32* %11, i64 2
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = getelementptr inbounds i32, i32* %2, i64 %20
  store i32 %22, i32* %23, align 4, !tbaa !5
  %24 = add nsw i64 %13, 3
  %25 = add nuw nsw i64 %8, 1
  %26 = icmp eq i64 %25, %6
  br i1 %26, label %27, label %7, !llvm.loop !9

27:                                               ; preds = %7
  %28 = trunc i64 %24 to i32
  br label %29

29:                                               ; preds = %27, %3
  %30 = phi i32 [ 0, %3 ], [ %28, %27 ]
  ret i32 %30
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [3 x [3 x i32]], align 16
  %2 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %2, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %3, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %4, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %5, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 0), align 4, !tbaa !5
  %6 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 1, i64 0), align 16, !tbaa !5
  store i32 %6, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 %7, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 %8, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %9 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 %9, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 1), align 8, !tbaa !5
  %10 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 %10, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %11 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %11, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %12 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 %12, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %13 = load i32, i32* getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %13, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 2), align 4, !tbaa !5
  tail call void @multiply(i32* noundef getelementptr inbounds ([3 x [4 x i32]], [3 x [4 x i32]]* @A, i64 0, i64 0, i64 0), i32* noundef getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 0), i32* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 0))
  %14 = alloca [12 x i32], align 16
  %15 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 0
  store i32 %15, i32* %16, align 16, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %18 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 1
  store i32 %17, i32* %18, align 4, !tbaa !5
  %19 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %20 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 2
  store i32 %19, i32* %20, align 8, !tbaa !5
  %21 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %22 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 3
  store i32 %21, i32* %22, align 4, !tbaa !5
  %23 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %24 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 4
  store i32 %23, i32* %24, align 16, !tbaa !5
  %25 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %26 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 5
  store i32 %25, i32* %26, align 4, !tbaa !5
  %27 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %28 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 6
  store i32 %27, i32* %28, align 8, !tbaa !5
  %29 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %30 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 7
  store i32 %29, i32* %30, align 4, !tbaa !5
  %31 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %32 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 8
  store i32 %31, i32* %32, align 16, !tbaa !5
  call void @putarray(i32 noundef 9, i32* noundef nonnull %16) #5
  %33 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %33, i32* %16, align 16, !tbaa !5
  %34 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %34, i32* %18, align 4, !tbaa !5
  %35 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %35, i32* %20, align 8, !tbaa !5
  %36 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 0), align 4, !tbaa !5
  store i32 %36, i32* %22, align 4, !tbaa !5
  %37 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 1), align 16, !tbaa !5
  store i32 %37, i32* %24, align 16, !tbaa !5
  %38 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 1, i64 2), align 4, !tbaa !5
  store i32 %38, i32* %26, align 4, !tbaa !5
  %39 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 0), align 8, !tbaa !5
  store i32 %39, i32* %28, align 8, !tbaa !5
  %40 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %40, i32* %30, align 4, !tbaa !5
  %41 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 2, i64 2), align 16, !tbaa !5
  store i32 %41, i32* %32, align 16, !tbaa !5
  %42 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 0), align 4, !tbaa !5
  %43 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 9
  store i32 %42, i32* %43, align 4, !tbaa !5
  %44 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 1), align 8, !tbaa !5
  %45 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 10
  store i32 %44, i32* %45, align 8, !tbaa !5
  %46 = load i32, i32* getelementptr inbounds ([4 x [3 x i32]], [4 x [3 x i32]]* @B, i64 0, i64 3, i64 2), align 4, !tbaa !5
  %47 = getelementptr inbounds [12 x i32], [12 x i32]* %14, i64 0, i64 11
  store i32 %46, i32* %47, align 4, !tbaa !5
  call void @putarray(i32 noundef 12, i32* noundef nonnull %16) #5
  %48 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %49 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %50 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %51 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %52 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %53 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %54 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %55 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %56 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %57 = bitcast [3 x [3 x i32]]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 36, i8* nonnull %57) #5
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(36) %57, i8 0, i64 36, i1 false)
  %58 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 0
  %59 = load i32, i32* %58, align 16, !tbaa !5
  %60 = mul nsw i32 %48, %48
  %61 = add nsw i32 %60, %59
  %62 = mul nsw i32 %52, %51
  %63 = add nsw i32 %62, %61
  %64 = mul nsw i32 %54, %53
  %65 = add nsw i32 %64, %63
  store i32 %65, i32* %58, align 16, !tbaa !5
  %66 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 1
  %67 = load i32, i32* %66, align 4, !tbaa !5
  %68 = mul nsw i32 %51, %48
  %69 = add nsw i32 %68, %67
  %70 = mul nsw i32 %49, %51
  %71 = add nsw i32 %70, %69
  %72 = mul nsw i32 %56, %53
  %73 = add nsw i32 %72, %71
  store i32 %73, i32* %66, align 4, !tbaa !5
  %74 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 2
  %75 = load i32, i32* %74, align 8, !tbaa !5
  %76 = mul nsw i32 %53, %48
  %77 = add nsw i32 %76, %75
  %78 = mul nsw i32 %55, %51
  %79 = add nsw i32 %78, %77
  %80 = mul nsw i32 %50, %53
  %81 = add nsw i32 %80, %79
  store i32 %81, i32* %74, align 8, !tbaa !5
  %82 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %83 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %84 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %85 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 1, i64 0
  %86 = load i32, i32* %85, align 4, !tbaa !5
  %87 = mul nsw i32 %48, %82
  %88 = add nsw i32 %87, %86
  %89 = mul nsw i32 %52, %83
  %90 = add nsw i32 %89, %88
  %91 = mul nsw i32 %54, %84
  %92 = add nsw i32 %91, %90
  store i32 %92, i32* %85, align 4, !tbaa !5
  %93 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 1, i64 1
  %94 = load i32, i32* %93, align 16, !tbaa !5
  %95 = mul nsw i32 %51, %82
  %96 = add nsw i32 %95, %94
  %97 = mul nsw i32 %49, %83
  %98 = add nsw i32 %97, %96
  %99 = mul nsw i32 %56, %84
  %100 = add nsw i32 %99, %98
  store i32 %100, i32* %93, align 16, !tbaa !5
  %101 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 1, i64 2
  %102 = load i32, i32* %101, align 4, !tbaa !5
  %103 = mul nsw i32 %53, %82
  %104 = add nsw i32 %103, %102
  %105 = mul nsw i32 %55, %83
  %106 = add nsw i32 %105, %104
  %107 = mul nsw i32 %50, %84
  %108 = add nsw i32 %107, %106
  store i32 %108, i32* %101, align 4, !tbaa !5
  %109 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %110 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %111 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @P, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %112 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 0
  %113 = load i32, i32* %112, align 8, !tbaa !5
  %114 = mul nsw i32 %48, %109
  %115 = add nsw i32 %114, %113
  %116 = mul nsw i32 %52, %110
  %117 = add nsw i32 %116, %115
  %118 = mul nsw i32 %54, %111
  %119 = add nsw i32 %118, %117
  store i32 %119, i32* %112, align 8, !tbaa !5
  %120 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 1
  %121 = load i32, i32* %120, align 4, !tbaa !5
  %122 = mul nsw i32 %51, %109
  %123 = add nsw i32 %122, %121
  %124 = mul nsw i32 %49, %110
  %125 = add nsw i32 %124, %123
  %126 = mul nsw i32 %56, %111
  %127 = add nsw i32 %126, %125
  store i32 %127, i32* %120, align 4, !tbaa !5
  %128 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 2
  %129 = load i32, i32* %128, align 16, !tbaa !5
  %130 = mul nsw i32 %53, %109
  %131 = add nsw i32 %130, %129
  %132 = mul nsw i32 %55, %110
  %133 = add nsw i32 %132, %131
  %134 = mul nsw i32 %50, %111
  %135 = add nsw i32 %134, %133
  store i32 %135, i32* %128, align 16, !tbaa !5
  %136 = icmp eq i32 %55, %56
  %137 = icmp eq i32 %53, %54
  %138 = add nsw i32 %49, %48
  %139 = icmp eq i32 %51, %52
  %140 = select i1 %136, i1 %137, i1 false
  %141 = select i1 %140, i1 %139, i1 false
  %142 = zext i1 %141 to i32
  %143 = add nsw i32 %50, %138
  %144 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 0
  call void @putarray(i32 noundef 3, i32* noundef nonnull %144) #5
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str, i64 0, i64 0), i32 noundef %143, i32 noundef %142, i32 noundef 12) #5
  call void @llvm.lifetime.end.p0i8(i64 36, i8* nonnull %57) #5
  ret i32 %143
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
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
