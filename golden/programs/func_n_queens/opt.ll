; ModuleID = 'func_n_queens.sy'
source_filename = "func_n_queens.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@found_first = dso_local local_unnamed_addr global i32 0, align 4
@pos = dso_local local_unnamed_addr global [8 x i32] zeroinitializer, align 16
@first = dso_local local_unnamed_addr global [8 x i32] zeroinitializer, align 16
@col_used = dso_local local_unnamed_addr global [8 x i32] zeroinitializer, align 16
@diag1 = dso_local local_unnamed_addr global [15 x i32] zeroinitializer, align 16
@diag2 = dso_local local_unnamed_addr global [15 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [19 x i8] c"N=%d solutions=%d\0A\00", align 1

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @place(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, %1
  br i1 %3, label %13, label %4

4:                                                ; preds = %2
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %44

6:                                                ; preds = %4
  %7 = add i32 %0, -1
  %8 = add i32 %7, %1
  %9 = sext i32 %0 to i64
  %10 = getelementptr inbounds [8 x i32], [8 x i32]* @pos, i64 0, i64 %9
  %11 = add nsw i32 %0, 1
  %12 = zext i32 %1 to i64
  br label %19

13:                                               ; preds = %2
  %14 = load i32, i32* @found_first, align 4, !tbaa !5
  %15 = icmp eq i32 %14, 0
  %16 = icmp eq i32 %0, 8
  %17 = and i1 %16, %15
  br i1 %17, label %18, label %44

18:                                               ; preds = %13
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(32) bitcast ([8 x i32]* @first to i8*), i8* noundef nonnull align 16 dereferenceable(32) bitcast ([8 x i32]* @pos to i8*), i64 32, i1 false), !tbaa !5
  store i32 1, i32* @found_first, align 4, !tbaa !5
  br label %44

19:                                               ; preds = %6, %40
  %20 = phi i64 [ 0, %6 ], [ %42, %40 ]
  %21 = phi i32 [ 0, %6 ], [ %41, %40 ]
  %22 = getelementptr inbounds [8 x i32], [8 x i32]* @col_used, i64 0, i64 %20
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %40

25:                                               ; preds = %19
  %26 = add nsw i64 %20, %9
  %27 = getelementptr inbounds [15 x i32], [15 x i32]* @diag1, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %40

30:                                               ; preds = %25
  %31 = trunc i64 %20 to i32
  %32 = sub i32 %8, %31
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [15 x i32], [15 x i32]* @diag2, i64 0, i64 %33
  %35 = load i32, i32* %34, align 4, !tbaa !5
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %40

37:                                               ; preds = %30
  store i32 1, i32* %22, align 4, !tbaa !5
  store i32 1, i32* %27, align 4, !tbaa !5
  store i32 1, i32* %34, align 4, !tbaa !5
  store i32 %31, i32* %10, align 4, !tbaa !5
  %38 = tail call i32 @place(i32 noundef %11, i32 noundef %1)
  %39 = add nsw i32 %38, %21
  store i32 0, i32* %22, align 4, !tbaa !5
  store i32 0, i32* %27, align 4, !tbaa !5
  store i32 0, i32* %34, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %37, %30, %25, %19
  %41 = phi i32 [ %21, %19 ], [ %21, %25 ], [ %21, %30 ], [ %39, %37 ]
  %42 = add nuw nsw i64 %20, 1
  %43 = icmp eq i64 %42, %12
  br i1 %43, label %44, label %19, !llvm.loop !9

44:                                               ; preds = %40, %4, %13, %18
  %45 = phi i32 [ 1, %18 ], [ 1, %13 ], [ 0, %4 ], [ %41, %40 ]
  ret i32 %45
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @place(i32 noundef 0, i32 noundef 1)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 1, i32 noundef %1) #4
  %2 = tail call i32 @place(i32 noundef 0, i32 noundef 2)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 2, i32 noundef %2) #4
  %3 = tail call i32 @place(i32 noundef 0, i32 noundef 3)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 3, i32 noundef %3) #4
  %4 = tail call i32 @place(i32 noundef 0, i32 noundef 4)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 4, i32 noundef %4) #4
  %5 = tail call i32 @place(i32 noundef 0, i32 noundef 5)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 5, i32 noundef %5) #4
  %6 = tail call i32 @place(i32 noundef 0, i32 noundef 6)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 6, i32 noundef %6) #4
  %7 = tail call i32 @place(i32 noundef 0, i32 noundef 7)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 7, i32 noundef %7) #4
  %8 = tail call i32 @place(i32 noundef 0, i32 noundef 8)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef 8, i32 noundef %8) #4
  br label %9

9:                                                ; preds = %0, %9
  %10 = phi i64 [ 0, %0 ], [ %36, %9 ]
  %11 = getelementptr inbounds [8 x i32], [8 x i32]* @first, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp eq i32 %12, 0
  %14 = select i1 %13, i32 81, i32 46
  tail call void @putch(i32 noundef %14) #4
  %15 = load i32, i32* %11, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 1
  %17 = select i1 %16, i32 81, i32 46
  tail call void @putch(i32 noundef %17) #4
  %18 = load i32, i32* %11, align 4, !tbaa !5
  %19 = icmp eq i32 %18, 2
  %20 = select i1 %19, i32 81, i32 46
  tail call void @putch(i32 noundef %20) #4
  %21 = load i32, i32* %11, align 4, !tbaa !5
  %22 = icmp eq i32 %21, 3
  %23 = select i1 %22, i32 81, i32 46
  tail call void @putch(i32 noundef %23) #4
  %24 = load i32, i32* %11, align 4, !tbaa !5
  %25 = icmp eq i32 %24, 4
  %26 = select i1 %25, i32 81, i32 46
  tail call void @putch(i32 noundef %26) #4
  %27 = load i32, i32* %11, align 4, !tbaa !5
  %28 = icmp eq i32 %27, 5
  %29 = select i1 %28, i32 81, i32 46
  tail call void @putch(i32 noundef %29) #4
  %30 = load i32, i32* %11, align 4, !tbaa !5
  %31 = icmp eq i32 %30, 6
  %32 = select i1 %31, i32 81, i32 46
  tail call void @putch(i32 noundef %32) #4
  %33 = load i32, i32* %11, align 4, !tbaa !5
  %34 = icmp eq i32 %33, 7
  %35 = select i1 %34, i32 81, i32 46
  tail call void @putch(i32 noundef %35) #4
  tail call void @putch(i32 noundef 10) #4
  %36 = add nuw nsw i64 %10, 1
  %37 = icmp eq i64 %36, 8
  br i1 %37, label %38, label %9, !llvm.loop !11

38:                                               ; preds = %9
  %39 = add nsw i32 %2, %1
  %40 = add nsw i32 %3, %39
  %41 = add nsw i32 %4, %40
  %42 = add nsw i32 %5, %41
  %43 = add nsw i32 %6, %42
  %44 = add nsw i32 %7, %43
  %45 = add nsw i32 %8, %44
  ret i32 %45
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly nofree nounwind willreturn }
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
