; ModuleID = 'func_floodfill_islands.sy'
source_filename = "func_floodfill_islands.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = dso_local local_unnamed_addr global [10 x [12 x i32]] [[12 x i32] [i32 1, i32 1, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 1, i32 1, i32 1, i32 0], [12 x i32] [i32 1, i32 0, i32 0, i32 1, i32 0, i32 1, i32 1, i32 0, i32 0, i32 0, i32 1, i32 0], [12 x i32] [i32 0, i32 0, i32 1, i32 1, i32 0, i32 0, i32 1, i32 0, i32 1, i32 0, i32 0, i32 0], [12 x i32] [i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 1, i32 0, i32 1], [12 x i32] [i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1, i32 0, i32 0, i32 1, i32 0, i32 1], [12 x i32] [i32 0, i32 0, i32 1, i32 0, i32 1, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 1], [12 x i32] [i32 0, i32 0, i32 0, i32 0, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 0, i32 0], [12 x i32] [i32 1, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 1], [12 x i32] [i32 1, i32 0, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1, i32 1, i32 0, i32 1, i32 1], [12 x i32] [i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0]], align 16
@label = dso_local local_unnamed_addr global [10 x [12 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @fill(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = zext i32 %0 to i64
  %5 = icmp ugt i32 %0, 9
  %6 = icmp ugt i32 %1, 11
  %7 = or i1 %5, %6
  br i1 %7, label %33, label %8

8:                                                ; preds = %3
  %9 = add nuw nsw i32 %0, 1
  %10 = add nsw i32 %0, -1
  br label %11

11:                                               ; preds = %8, %22
  %12 = phi i32 [ %1, %8 ], [ %27, %22 ]
  %13 = phi i32 [ 0, %8 ], [ %31, %22 ]
  %14 = zext i32 %12 to i64
  %15 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @grid, i64 0, i64 %4, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %33, label %18

18:                                               ; preds = %11
  %19 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %4, i64 %14
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %33

22:                                               ; preds = %18
  store i32 %2, i32* %19, align 4, !tbaa !5
  %23 = tail call i32 @fill(i32 noundef %9, i32 noundef %12, i32 noundef %2)
  %24 = tail call i32 @fill(i32 noundef %10, i32 noundef %12, i32 noundef %2)
  %25 = add nuw nsw i32 %12, 1
  %26 = tail call i32 @fill(i32 noundef %0, i32 noundef %25, i32 noundef %2)
  %27 = add nsw i32 %12, -1
  %28 = add i32 %13, 1
  %29 = add i32 %28, %23
  %30 = add i32 %29, %24
  %31 = add i32 %30, %26
  %32 = icmp ugt i32 %27, 11
  br i1 %32, label %33, label %11

33:                                               ; preds = %22, %18, %11, %3
  %34 = phi i32 [ 0, %3 ], [ %13, %11 ], [ %13, %18 ], [ %31, %22 ]
  ret i32 %34
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = alloca [60 x i32], align 16
  %2 = bitcast [60 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 240, i8* nonnull %2) #4
  br label %3

3:                                                ; preds = %0, %27
  %4 = phi i64 [ 0, %0 ], [ %28, %27 ]
  %5 = phi i32 [ 0, %0 ], [ %24, %27 ]
  %6 = trunc i64 %4 to i32
  br label %7

7:                                                ; preds = %3, %23
  %8 = phi i64 [ 0, %3 ], [ %25, %23 ]
  %9 = phi i32 [ %5, %3 ], [ %24, %23 ]
  %10 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @grid, i64 0, i64 %4, i64 %8
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %23, label %13

13:                                               ; preds = %7
  %14 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %4, i64 %8
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %23

17:                                               ; preds = %13
  %18 = add nsw i32 %9, 1
  %19 = trunc i64 %8 to i32
  %20 = tail call i32 @fill(i32 noundef %6, i32 noundef %19, i32 noundef %18)
  %21 = sext i32 %9 to i64
  %22 = getelementptr inbounds [60 x i32], [60 x i32]* %1, i64 0, i64 %21
  store i32 %20, i32* %22, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %17, %13, %7
  %24 = phi i32 [ %9, %13 ], [ %18, %17 ], [ %9, %7 ]
  %25 = add nuw nsw i64 %8, 1
  %26 = icmp eq i64 %25, 12
  br i1 %26, label %27, label %7, !llvm.loop !9

27:                                               ; preds = %23
  %28 = add nuw nsw i64 %4, 1
  %29 = icmp eq i64 %28, 10
  br i1 %29, label %30, label %3, !llvm.loop !11

30:                                               ; preds = %27
  %31 = getelementptr inbounds [60 x i32], [60 x i32]* %1, i64 0, i64 0
  call void @putarray(i32 noundef %24, i32* noundef nonnull %31) #4
  br label %32

32:                                               ; preds = %30, %32
  %33 = phi i64 [ 0, %30 ], [ %94, %32 ]
  %34 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 0
  %35 = load i32, i32* %34, align 16, !tbaa !5
  %36 = icmp eq i32 %35, 0
  %37 = add nsw i32 %35, 64
  %38 = select i1 %36, i32 46, i32 %37
  call void @putch(i32 noundef %38) #4
  %39 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 1
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 0
  %42 = add nsw i32 %40, 64
  %43 = select i1 %41, i32 46, i32 %42
  call void @putch(i32 noundef %43) #4
  %44 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 2
  %45 = load i32, i32* %44, align 8, !tbaa !5
  %46 = icmp eq i32 %45, 0
  %47 = add nsw i32 %45, 64
  %48 = select i1 %46, i32 46, i32 %47
  call void @putch(i32 noundef %48) #4
  %49 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 3
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = icmp eq i32 %50, 0
  %52 = add nsw i32 %50, 64
  %53 = select i1 %51, i32 46, i32 %52
  call void @putch(i32 noundef %53) #4
  %54 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 4
  %55 = load i32, i32* %54, align 16, !tbaa !5
  %56 = icmp eq i32 %55, 0
  %57 = add nsw i32 %55, 64
  %58 = select i1 %56, i32 46, i32 %57
  call void @putch(i32 noundef %58) #4
  %59 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 5
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp eq i32 %60, 0
  %62 = add nsw i32 %60, 64
  %63 = select i1 %61, i32 46, i32 %62
  call void @putch(i32 noundef %63) #4
  %64 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 6
  %65 = load i32, i32* %64, align 8, !tbaa !5
  %66 = icmp eq i32 %65, 0
  %67 = add nsw i32 %65, 64
  %68 = select i1 %66, i32 46, i32 %67
  call void @putch(i32 noundef %68) #4
  %69 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 7
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = icmp eq i32 %70, 0
  %72 = add nsw i32 %70, 64
  %73 = select i1 %71, i32 46, i32 %72
  call void @putch(i32 noundef %73) #4
  %74 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 8
  %75 = load i32, i32* %74, align 16, !tbaa !5
  %76 = icmp eq i32 %75, 0
  %77 = add nsw i32 %75, 64
  %78 = select i1 %76, i32 46, i32 %77
  call void @putch(i32 noundef %78) #4
  %79 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 9
  %80 = load i32, i32* %79, align 4, !tbaa !5
  %81 = icmp eq i32 %80, 0
  %82 = add nsw i32 %80, 64
  %83 = select i1 %81, i32 46, i32 %82
  call void @putch(i32 noundef %83) #4
  %84 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 10
  %85 = load i32, i32* %84, align 8, !tbaa !5
  %86 = icmp eq i32 %85, 0
  %87 = add nsw i32 %85, 64
  %88 = select i1 %86, i32 46, i32 %87
  call void @putch(i32 noundef %88) #4
  %89 = getelementptr inbounds [10 x [12 x i32]], [10 x [12 x i32]]* @label, i64 0, i64 %33, i64 11
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = icmp eq i32 %90, 0
  %92 = add nsw i32 %90, 64
  %93 = select i1 %91, i32 46, i32 %92
  call void @putch(i32 noundef %93) #4
  call void @putch(i32 noundef 10) #4
  %94 = add nuw nsw i64 %33, 1
  %95 = icmp eq i64 %94, 10
  br i1 %95, label %96, label %32, !llvm.loop !12

96:                                               ; preds = %32
  call void @llvm.lifetime.end.p0i8(i64 240, i8* nonnull %2) #4
  ret i32 %24
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
