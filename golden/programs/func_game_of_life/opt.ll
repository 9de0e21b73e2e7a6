; ModuleID = 'func_game_of_life.sy'
source_filename = "func_game_of_life.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cur = dso_local local_unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@nxt = dso_local local_unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @neighbours(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = add i32 %0, 12
  %4 = add i32 %1, 12
  %5 = add i32 %0, 11
  %6 = srem i32 %5, 12
  %7 = sext i32 %6 to i64
  %8 = add i32 %1, 11
  %9 = srem i32 %8, 12
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %7, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = srem i32 %4, 12
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %7, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = add nsw i32 %16, %12
  %18 = add i32 %1, 13
  %19 = srem i32 %18, 12
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %7, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = add nsw i32 %22, %17
  %24 = srem i32 %3, 12
  %25 = sext i32 %24 to i64
  %26 = add i32 %1, 11
  %27 = srem i32 %26, 12
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %25, i64 %28
  %30 = load i32, i32* %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %23
  %32 = add i32 %1, 13
  %33 = srem i32 %32, 12
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %25, i64 %34
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %36, %31
  %38 = add i32 %0, 13
  %39 = srem i32 %38, 12
  %40 = sext i32 %39 to i64
  %41 = add i32 %1, 11
  %42 = srem i32 %41, 12
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %40, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %45, %37
  %47 = srem i32 %4, 12
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %40, i64 %48
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, %46
  %52 = add i32 %1, 13
  %53 = srem i32 %52, 12
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %40, i64 %54
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = add nsw i32 %56, %51
  ret i32 %57
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @step() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %61
  %2 = phi i64 [ 0, %0 ], [ %62, %61 ]
  %3 = trunc i64 %2 to i32
  %4 = add i32 %3, 11
  %5 = urem i32 %4, 12
  %6 = zext i32 %5 to i64
  %7 = trunc i64 %2 to i32
  %8 = add i32 %7, 12
  %9 = urem i32 %8, 12
  %10 = zext i32 %9 to i64
  %11 = trunc i64 %2 to i32
  %12 = add i32 %11, 13
  %13 = urem i32 %12, 12
  %14 = zext i32 %13 to i64
  br label %15

15:                                               ; preds = %1, %15
  %16 = phi i64 [ 0, %1 ], [ %59, %15 ]
  %17 = trunc i64 %16 to i8
  %18 = add i8 %17, 11
  %19 = urem i8 %18, 12
  %20 = zext i8 %19 to i64
  %21 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %6, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = add i8 %17, 12
  %24 = urem i8 %23, 12
  %25 = zext i8 %24 to i64
  %26 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %6, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = add nsw i32 %27, %22
  %29 = add i8 %17, 13
  %30 = urem i8 %29, 12
  %31 = zext i8 %30 to i64
  %32 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %6, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = add nsw i32 %28, %33
  %35 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %10, i64 %20
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %34, %36
  %38 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %10, i64 %31
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = add nsw i32 %37, %39
  %41 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %14, i64 %20
  %42 = load i32, i32* %41, align 4, !tbaa !5
  %43 = add nsw i32 %40, %42
  %44 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %14, i64 %25
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %43, %45
  %47 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %14, i64 %31
  %48 = load i32, i32* %47, align 4, !tbaa !5
  %49 = add nsw i32 %46, %48
  %50 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 %16
  %51 = load i32, i32* %50, align 4, !tbaa !5
  %52 = icmp eq i32 %51, 0
  %53 = icmp eq i32 %49, 3
  %54 = and i32 %49, -2
  %55 = icmp eq i32 %54, 2
  %56 = select i1 %52, i1 %53, i1 %55
  %57 = zext i1 %56 to i32
  %58 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %2, i64 %16
  store i32 %57, i32* %58, align 4
  %59 = add nuw nsw i64 %16, 1
  %60 = icmp eq i64 %59, 12
  br i1 %60, label %61, label %15, !llvm.loop !9

61:                                               ; preds = %15
  %62 = add nuw nsw i64 %2, 1
  %63 = icmp eq i64 %62, 12
  br i1 %63, label %64, label %1, !llvm.loop !11

64:                                               ; preds = %61
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(576) bitcast ([12 x [12 x i32]]* @cur to i8*), i8* noundef nonnull align 16 dereferenceable(576) bitcast ([12 x [12 x i32]]* @nxt to i8*), i64 576, i1 false), !tbaa !5
  br label %65

65:                                               ; preds = %64, %65
  %66 = phi i64 [ 0, %64 ], [ %104, %65 ]
  %67 = phi i32 [ 0, %64 ], [ %103, %65 ]
  %68 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 0
  %69 = load i32, i32* %68, align 16, !tbaa !5
  %70 = add nsw i32 %69, %67
  %71 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 1
  %72 = load i32, i32* %71, align 4, !tbaa !5
  %73 = add nsw i32 %72, %70
  %74 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 2
  %75 = load i32, i32* %74, align 8, !tbaa !5
  %76 = add nsw i32 %75, %73
  %77 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 3
  %78 = load i32, i32* %77, align 4, !tbaa !5
  %79 = add nsw i32 %78, %76
  %80 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 4
  %81 = load i32, i32* %80, align 16, !tbaa !5
  %82 = add nsw i32 %81, %79
  %83 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 5
  %84 = load i32, i32* %83, align 4, !tbaa !5
  %85 = add nsw i32 %84, %82
  %86 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 6
  %87 = load i32, i32* %86, align 8, !tbaa !5
  %88 = add nsw i32 %87, %85
  %89 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 7
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = add nsw i32 %90, %88
  %92 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 8
  %93 = load i32, i32* %92, align 16, !tbaa !5
  %94 = add nsw i32 %93, %91
  %95 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 9
  %96 = load i32, i32* %95, align 4, !tbaa !5
  %97 = add nsw i32 %96, %94
  %98 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 10
  %99 = load i32, i32* %98, align 8, !tbaa !5
  %100 = add nsw i32 %99, %97
  %101 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66, i64 11
  %102 = load i32, i32* %101, align 4, !tbaa !5
  %103 = add nsw i32 %102, %100
  %104 = add nuw nsw i64 %66, 1
  %105 = icmp eq i64 %104, 12
  br i1 %105, label %106, label %65, !llvm.loop !12

106:                                              ; preds = %65
  ret i32 %103
}

; Function Attrs: nounwind uwtable
define dso_local void @show() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %51, %1 ]
  %3 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 0
  %4 = load i32, i32* %3, align 16, !tbaa !5
  %5 = icmp eq i32 %4, 0
  %6 = select i1 %5, i32 46, i32 35
  tail call void @putch(i32 noundef %6) #5
  %7 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 1
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = icmp eq i32 %8, 0
  %10 = select i1 %9, i32 46, i32 35
  tail call void @putch(i32 noundef %10) #5
  %11 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 2
  %12 = load i32, i32* %11, align 8, !tbaa !5
  %13 = icmp eq i32 %12, 0
  %14 = select i1 %13, i32 46, i32 35
  tail call void @putch(i32 noundef %14) #5
  %15 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 3
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, i32 46, i32 35
  tail call void @putch(i32 noundef %18) #5
  %19 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 4
  %20 = load i32, i32* %19, align 16, !tbaa !5
  %21 = icmp eq i32 %20, 0
  %22 = select i1 %21, i32 46, i32 35
  tail call void @putch(i32 noundef %22) #5
  %23 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 5
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = icmp eq i32 %24, 0
  %26 = select i1 %25, i32 46, i32 35
  tail call void @putch(i32 noundef %26) #5
  %27 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 6
  %28 = load i32, i32* %27, align 8, !tbaa !5
  %29 = icmp eq i32 %28, 0
  %30 = select i1 %29, i32 46, i32 35
  tail call void @putch(i32 noundef %30) #5
  %31 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 7
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = icmp eq i32 %32, 0
  %34 = select i1 %33, i32 46, i32 35
  tail call void @putch(i32 noundef %34) #5
  %35 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 8
  %36 = load i32, i32* %35, align 16, !tbaa !5
  %37 = icmp eq i32 %36, 0
  %38 = select i1 %37, i32 46, i32 35
  tail call void @putch(i32 noundef %38) #5
  %39 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 9
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 0
  %42 = select i1 %41, i32 46, i32 35
  tail call void @putch(i32 noundef %42) #5
  %43 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 10
  %44 = load i32, i32* %43, align 8, !tbaa !5
  %45 = icmp eq i32 %44, 0
  %46 = select i1 %45, i32 46, i32 35
  tail call void @putch(i32 noundef %46) #5
  %47 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %2, i64 11
  %48 = load i32, i32* %47, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 0
  %50 = select i1 %49, i32 46, i32 35
  tail call void @putch(i32 noundef %50) #5
  tail call void @putch(i32 noundef 10) #5
  %51 = add nuw nsw i64 %2, 1
  %52 = icmp eq i64 %51, 12
  br i1 %52, label %53, label %1, !llvm.loop !13

53:                                               ; preds = %1
  ret void
}

declare void @putch(i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 6), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 7), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 8), align 16, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 9, i64 2), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 9, i64 3), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 10, i64 2), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 10, i64 3), align 4, !tbaa !5
  %1 = tail call i32 @step()
  tail call void @putint(i32 noundef %1) #5
  tail call void @putch(i32 noundef 32) #5
  %2 = tail call i32 @step()
  tail call void @putint(i32 noundef %2) #5
  tail call void @putch(i32 noundef 32) #5
  %3 = tail call i32 @step()
  tail call void @putint(i32 noundef %3) #5
  tail call void @putch(i32 noundef 32) #5
  %4 = tail call i32 @step()
  tail call void @putint(i32 noundef %4) #5
  tail call void @putch(i32 noundef 32) #5
  %5 = tail call i32 @step()
  tail call void @putint(i32 noundef %5) #5
  tail call void @putch(i32 noundef 32) #5
  %6 = tail call i32 @step()
  tail call void @putint(i32 noundef %6) #5
  tail call void @putch(i32 noundef 32) #5
  %7 = tail call i32 @step()
  tail call void @putint(i32 noundef %7) #5
  tail call void @putch(i32 noundef 32) #5
  %8 = tail call i32 @step()
  tail call void @putint(i32 noundef %8) #5
  tail call void @putch(i32 noundef 32) #5
  %9 = tail call i32 @step()
  tail call void @putint(i32 noundef %9) #5
  tail call void @putch(i32 noundef 32) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @show()
  ret i32 %9
}

declare void @putint(i32 noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly nofree nounwind willreturn }
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
!13 = distinct !{!13, !10}
